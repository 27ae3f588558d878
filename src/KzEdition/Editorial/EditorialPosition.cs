using KzEdition.Engine;

namespace KzEdition.Editorial;

/// <summary>Where in an editorial file a decision was written, to point at it in messages.</summary>
public sealed record EditorialPosition(string File, int Line, int Column)
{
    public Diagnostic Error(string message) => Diagnostic.Error(message, File, Line, Column);
}
