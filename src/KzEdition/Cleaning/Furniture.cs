using System.Text.RegularExpressions;

namespace KzEdition.Cleaning;

/// <summary>Recognises lines that are page furniture rather than text.</summary>
public static partial class Furniture
{
    public const string PageNumberLine = "page number";

    public const string SeparatorLine = "separator line";

    public const string RunningHead = "running head";

    /// <summary>A line must recur this often in a source to be a running head.</summary>
    private const int RunningHeadRepeats = 3;

    /// <summary>
    /// The running heads of a source: short lines (a journal's name, an author's name, often with
    /// a page number) that recur at least three times, digits aside, and look like no caption,
    /// list item or heading. Returned in their digit-normalised form.
    /// </summary>
    public static IReadOnlySet<string> RunningHeads(IReadOnlyList<string> lines)
    {
        var counts = new Dictionary<string, (int Count, int Last, int Spread)>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var trimmed = lines[i].Trim();
            if (trimmed.Length is < 10 or > 100 || !trimmed.Any(char.IsLetter) || LayoutDetector.EndsSentence(trimmed) && trimmed.EndsWith('.'))
            {
                continue;
            }

            if (BlockClassifier.KindOf(trimmed) is BlockKind.TableCaption or BlockKind.ListItem or BlockKind.ReferencesHeading or BlockKind.Heading)
            {
                continue;
            }

            var key = Digits().Replace(trimmed, "#");
            var (count, last, spread) = counts.GetValueOrDefault(key, (0, -100, 0));
            // Repeats on neighbouring lines are a list or a table, not a page's head.
            counts[key] = (count + 1, i, i - last > 5 ? spread + 1 : spread);
        }

        return counts.Where(c => c.Value.Count >= RunningHeadRepeats && c.Value.Spread >= RunningHeadRepeats).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
    }

    public static string RunningHeadKey(string line) => Digits().Replace(line.Trim(), "#");

    /// <summary>Why the line is furniture, or null when it is text.</summary>
    public static string? Classify(string line)
    {
        var trimmed = line.Trim();
        if (PageNumber().IsMatch(trimmed))
        {
            return PageNumberLine;
        }

        if (Separator().IsMatch(trimmed))
        {
            return SeparatorLine;
        }

        return null;
    }

    /// <summary>A line holding a bare URL and nothing else: a footnote the extraction moved between pages.</summary>
    public static bool IsStrayFootnote(string line) => BareUrl().IsMatch(line.Trim());

    [GeneratedRegex(@"^\d{1,4}$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^[_\-–—=*·.]{5,}$")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(?:https?://|www\.)\S+$")]
    private static partial Regex BareUrl();
}
