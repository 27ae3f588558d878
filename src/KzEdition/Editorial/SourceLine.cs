namespace KzEdition.Editorial;

/// <summary>A place in a source: the file name and a 1-based line, as editors point at an article or a boundary.</summary>
public sealed record SourceLine(string Source, int Line)
{
    public override string ToString() => $"{Source}:{Line}";
}
