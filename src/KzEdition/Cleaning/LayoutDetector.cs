using System.Text.RegularExpressions;

namespace KzEdition.Cleaning;

/// <summary>Tells a source's layout from its lines alone.</summary>
public static partial class LayoutDetector
{
    /// <summary>A line this long is no hard-wrapped line: PDF extraction wraps near 100 characters.</summary>
    private const int LongLine = 2000;

    /// <summary>A typical line this long is a paragraph: PDF pages hold 60–200 characters a line.</summary>
    private const int ParagraphLine = 250;

    private static int Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    public static SourceLayout Detect(IReadOnlyList<string> lines)
    {
        var text = lines.Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (text.Count == 0)
        {
            return SourceLayout.Empty;
        }

        if (text.Count <= 3 && text.Max(l => l.Length) >= LongLine)
        {
            return SourceLayout.SingleLongLine;
        }

        // The web-form export marks paragraph ends with "..": a sentence's full stop and one more.
        var paragraphMarks = text.Sum(l => ParagraphMark().Count(l));
        var endingInSentence = text.Count(EndsSentence) / (double)text.Count;
        if (paragraphMarks >= 2 && endingInSentence > 0.6)
        {
            return SourceLayout.SentencePerLine;
        }

        // Lines longer than any page is wide are paragraphs, whatever they end with (web copy).
        if (Median(text.Select(l => l.Length)) >= ParagraphLine)
        {
            return SourceLayout.ParagraphPerLine;
        }

        // Hard-wrapped lines mostly stop mid-sentence; paragraph-per-line text mostly at a sentence end.
        return endingInSentence < 0.5 ? SourceLayout.HardWrapped : SourceLayout.ParagraphPerLine;
    }

    internal static bool EndsSentence(string line)
    {
        var trimmed = line.TrimEnd();
        return trimmed.Length > 0 && ".!?…:»\"”".Contains(trimmed[^1], StringComparison.Ordinal);
    }

    /// <summary>Two or more full stops followed directly by a letter, a digit or an opening mark: "табылады..Соңғы".</summary>
    [GeneratedRegex(@"\.{2,}(?=[\p{L}\p{N}«""(\[])")]
    internal static partial Regex ParagraphMark();
}
