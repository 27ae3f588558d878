using System.Text.RegularExpressions;

namespace KzEdition.Cleaning;

/// <summary>Recognises lines that are page furniture rather than text.</summary>
public static partial class Furniture
{
    public const string PageNumberLine = "page number";

    public const string SeparatorLine = "separator line";

    public const string RunningHead = "running head";

    public const string FooterLine = "footer";

    /// <summary>A line must recur this often in a source to be a running head.</summary>
    private const int RunningHeadRepeats = 3;

    /// <summary>
    /// The running heads (and footers) of a source: short lines (a journal's name, an author's name,
    /// often with a page number) that recur, digits aside, and look like no caption, list item or
    /// heading, nor break a word off at their end: three times or more, or twice a page's length apart at least (a short article's two
    /// pages). Returned in their digit-normalised form.
    /// </summary>
    public static IReadOnlySet<string> RunningHeads(IReadOnlyList<string> lines)
    {
        var counts = new Dictionary<string, (int Count, int Last, int Spread, int MinGap)>(StringComparer.Ordinal);
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

            // A line that breaks a word off is text: the word goes on in the next line (a sentence that
            // recurs word for word can be wrapped alike twice, a page apart: «…» бағдарла- · масы).
            if (BreaksWord(trimmed))
            {
                continue;
            }

            var key = Digits().Replace(trimmed, "#");
            var (count, last, spread, minGap) = counts.GetValueOrDefault(key, (0, -100, 0, int.MaxValue));
            // Repeats on neighbouring lines are a list or a table, not a page's head.
            counts[key] = (count + 1, i, i - last > 5 ? spread + 1 : spread, count == 0 ? minGap : Math.Min(minGap, i - last));
        }

        return counts
            .Where(c => (c.Value.Count >= RunningHeadRepeats && c.Value.Spread >= RunningHeadRepeats) || (c.Value.Count == 2 && c.Value.MinGap >= PageLines))
            .Select(c => c.Key)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Running heads seen once (a short article's pages): a line beside a page number that stands
    /// inside a word, the word broken with a hyphen before the page break going on after it in lower
    /// case (еш- · 37 · ҚазҰУ Хабаршысы · қандай). Only there is one line certainly no text: a head
    /// that falls between two words is left in the text, and reported by no rule. Returned in their
    /// digit-normalised form, as <see cref="RunningHeads"/>.
    /// </summary>
    public static IEnumerable<string> HeadsInterruptingText(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (Classify(lines[i]) != PageNumberLine && !HeadWithPageNumber().IsMatch(lines[i].Trim()))
            {
                continue;
            }

            if (Classify(lines[i]) is null)
            {
                // A head that carries its page number is the page break itself.
                if (PreviousText(lines, i) is var above and >= 0 && NextText(lines, i) is var below and >= 0 && Continues(lines[above].Trim(), lines[below].Trim()))
                {
                    yield return RunningHeadKey(lines[i]);
                }

                continue;
            }

            // Up from the page number to the line a word is broken off at, and down to the line it goes
            // on in: what lies between (a head, a footer, at most two lines) is no text.
            var between = new List<int>();
            var before = -1;
            for (var j = Previous(lines, i); j >= 0 && between.Count <= 2; j = Previous(lines, j))
            {
                var line = lines[j].Trim();
                if (BreaksWord(line))
                {
                    before = j;
                    break;
                }

                if (Classify(line) is null && (char.IsLower(line[0]) || !IsShortLine(line)))
                {
                    break;
                }

                between.Add(j);
            }

            var after = -1;
            for (var j = Next(lines, i); j >= 0 && before >= 0 && between.Count <= 2; j = Next(lines, j))
            {
                var line = lines[j].Trim();
                if (char.IsLower(line[0]))
                {
                    after = j;
                    break;
                }

                if (Classify(line) is null && (!IsShortLine(line) || BreaksWord(line)))
                {
                    break;
                }

                between.Add(j);
            }

            if (before >= 0 && after >= 0 && Continues(lines[before].Trim(), lines[after].Trim()))
            {
                foreach (var c in between.Where(c => Classify(lines[c]) is null))
                {
                    yield return RunningHeadKey(lines[c]);
                }
            }
        }
    }

    /// <summary>
    /// A word broken off: the first line ends in a lower-case word's first part and a hyphen, the
    /// second goes on in lower case. Such a word goes on in the next line of text, so that nothing
    /// between the two lines can be text (an acronym's hyphen, НАТО-, can go on in a capital).
    /// </summary>
    private static bool Continues(string before, string after) => BreaksWord(before) && after.Length > 0 && char.IsLower(after[0]) &&
        (char.IsLower(before[^2]) || LineJoiner.IsSuffixChain(after[..(after.IndexOfAny([' ', '.', ',', ';', ':']) is var end and >= 0 ? end : after.Length)]));

    /// <summary>Ends in a word's first part and a hyphen: a lower-case word's, or an acronym's before its ending (НАТО- · ның).</summary>
    private static bool BreaksWord(string line) => line.Length >= 2 && line[^1] == '-' && char.IsLetter(line[^2]);

    private static bool IsShortLine(string line) => line.Trim().Length is >= 3 and <= 100 && !LayoutDetector.EndsSentence(line.Trim());

    /// <summary>The nearest line before that holds text and is no furniture of a known kind (a page number, a footer).</summary>
    private static int PreviousText(IReadOnlyList<string> lines, int i)
    {
        var j = Previous(lines, i);
        while (j >= 0 && Classify(lines[j]) is not null)
        {
            j = Previous(lines, j);
        }

        return j;
    }

    private static int NextText(IReadOnlyList<string> lines, int i)
    {
        var j = Next(lines, i);
        while (j >= 0 && Classify(lines[j]) is not null)
        {
            j = Next(lines, j);
        }

        return j;
    }

    private static int Previous(IReadOnlyList<string> lines, int i)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            if (lines[j].Trim().Length > 0)
            {
                return j;
            }
        }

        return -1;
    }

    private static int Next(IReadOnlyList<string> lines, int i)
    {
        for (var j = i + 1; j < lines.Count; j++)
        {
            if (lines[j].Trim().Length > 0)
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>The fewest lines a page holds: a line seen twice this far apart can be a page's head.</summary>
    private const int PageLines = 25;

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

        if (Footer().IsMatch(trimmed))
        {
            return FooterLine;
        }

        return null;
    }

    /// <summary>A line holding a bare URL and nothing else: a footnote the extraction moved between pages.</summary>
    public static bool IsStrayFootnote(string line) => BareUrl().IsMatch(line.Trim());

    /// <summary>A running head that carries its page number (<see cref="HeadWithPageNumber"/>): where it stands, a page breaks.</summary>
    public static bool CarriesPageNumber(string line) => HeadWithPageNumber().IsMatch(line.Trim());

    [GeneratedRegex(@"^\d{1,4}$")]
    private static partial Regex PageNumber();

    /// <summary>A running head with its page number on the outer side, set apart by two spaces or more: "57   Вестник КазНУ …", "… № 1 (38). 2008   58".</summary>
    [GeneratedRegex(@"^(?:\d{1,4}[ \t]{2,}\S.{2,100}|.{3,100}\S[ \t]{2,}\d{1,4})$")]
    private static partial Regex HeadWithPageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^[_\-–—=*·.]{5,}$")]
    private static partial Regex Separator();

    /// <summary>A page's foot as journals set it: a copyright line, an ISSN (short lines: no sentence starts so).</summary>
    [GeneratedRegex(@"^(?:©|\(c\)\s|(?:e-|p-)?ISSN\s+\d{4}-\d{3}[\dXx]\b).{0,80}$")]
    private static partial Regex Footer();

    [GeneratedRegex(@"^(?:https?://|www\.)\S+$")]
    private static partial Regex BareUrl();
}
