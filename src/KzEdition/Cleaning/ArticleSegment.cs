using System.Collections.Immutable;

namespace KzEdition.Cleaning;

/// <summary>
/// The blocks of one source that make one article (or a piece of one), with the evidence that
/// opened it, for the build report.
/// </summary>
/// <param name="Ordinal">1-based position among the segments of its source.</param>
/// <param name="Reason">Why the segment starts here: "start of the source", "title in capitals (line 21)", …</param>
public sealed record ArticleSegment(CleanedSource Source, int Ordinal, ImmutableArray<TextBlock> Blocks, string Reason)
{
    public int FirstLine => Blocks[0].FirstLine;

    public int LastLine => Blocks[^1].LastLine;
}
