using System.Collections.Immutable;

namespace KzEdition.Cleaning;

/// <summary>
/// What one source tells of how paragraphs open (<see cref="OpeningEvidence"/>): its sentences that
/// open a paragraph, after the ends its layout makes sure of (<see cref="ParagraphEnds.Openings"/>),
/// and those begun inside a line, which open none; and each sign of their openings, counted in both.
/// </summary>
/// <param name="AfterParagraphEnds">The sentences after a sure paragraph end.</param>
/// <param name="InsideLines">The sentences begun inside a line.</param>
/// <param name="Signs">Each sign's counts, in ordinal order of the sign.</param>
public sealed record SentenceOpeningCounts(int AfterParagraphEnds, int InsideLines, ImmutableArray<SentenceOpeningCount> Signs)
{
    /// <summary>A source that tells nothing: not hard-wrapped, or empty.</summary>
    public static SentenceOpeningCounts None { get; } = new(0, 0, []);
}
