using System.Collections.Immutable;

namespace KzEdition.Engine;

/// <summary>
/// Stops a build because of bad input: carries every error found, each with its file, line and column.
/// </summary>
public sealed class BuildException : Exception
{
    public BuildException(IEnumerable<Diagnostic> diagnostics)
        : this([.. diagnostics])
    {
    }

    public BuildException(Diagnostic diagnostic)
        : this(ImmutableArray.Create(diagnostic))
    {
    }

    private BuildException(ImmutableArray<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics))
    {
        Diagnostics = diagnostics;
    }

    public ImmutableArray<Diagnostic> Diagnostics { get; }
}
