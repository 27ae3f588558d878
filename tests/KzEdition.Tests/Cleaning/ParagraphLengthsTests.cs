using KzEdition.Cleaning;

namespace KzEdition.Tests.Cleaning;

/// <summary>The places the fit test cannot decide, where nothing marks a paragraph's start, weighed by the lengths of the source's own paragraphs.</summary>
public sealed class ParagraphLengthsTests
{
    /// <summary>A paragraph of <paramref name="lines"/> lines of 69 characters (70 with the space joining them), ended.</summary>
    private static IEnumerable<ParagraphLengths.Line> Paragraph(int lines, params int[] undecidedAfter) =>
        Enumerable.Range(1, lines).Select(i => new ParagraphLengths.Line(69, Ends: i == lines, Undecided: undecidedAfter.Contains(i)));

    /// <summary>Ten paragraphs known whole, of five to seven lines (350–490 characters).</summary>
    private static List<ParagraphLengths.Line> Known() =>
        [.. Enumerable.Range(0, 10).SelectMany(i => Paragraph(5 + (i % 3)))];

    [Fact]
    public void Cuts_AStretchTwoParagraphsLong_AtTheUndecidedPlaceNearestTheLengthOfOne()
    {
        var lines = Known();
        var start = lines.Count;
        lines.AddRange(Paragraph(12, 2, 6, 10));

        var cut = Assert.Single(ParagraphLengths.Cuts(lines));

        Assert.Equal(start + 5, cut.Key); // after the stretch's sixth line: 420 and 420 characters
        Assert.Contains("a stretch of 840 characters", cut.Value, StringComparison.Ordinal);
        Assert.Contains("cut into 420, 420", cut.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Cuts_NotAStretchOneParagraphLong()
    {
        var lines = Known();
        lines.AddRange(Paragraph(6, 3));

        Assert.Empty(ParagraphLengths.Cuts(lines));
    }

    [Fact]
    public void Cuts_Nothing_WithTooFewParagraphsKnownWhole()
    {
        List<ParagraphLengths.Line> lines = [.. Enumerable.Range(0, 5).SelectMany(i => Paragraph(6)), .. Paragraph(12, 6)];

        Assert.Empty(ParagraphLengths.Cuts(lines));
    }
}
