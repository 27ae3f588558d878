using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using KzEdition.Text;

namespace KzEdition.Indexing;

/// <summary>
/// Finds the dates of a Kazakh or Russian text for the timeline: full dates (1994 жылғы 27 мамыр,
/// 27 мамыр 1994 ж., 27 мая 1994 г., 27.05.1994), months (2005 жылдың қаңтарында, в мае 2007 года),
/// years (1992 жылы, 1997 ж., 2007 года), spans of days (2008 жылдың 9-12 маусымда) and of years
/// (2001-2003 жж.), and decades (1990-жылдары).
/// </summary>
/// <remarks>
/// A bare number is not a year: it must be followed by a year word (жыл…, ж., жж., г., год…),
/// or be part of a full date, so page numbers, quantities and names like «Қазақстан-2030» stay
/// out. Years are taken between 1800 and 2100; dates inside citation markers ([5, 2005]) are not events.
/// Every pattern holds a year of four digits, so a text without four digits in a row (most
/// paragraphs) is not searched at all; the patterns are made into code when the project is built
/// (source-generated), as they are asked of every paragraph.
/// </remarks>
public static partial class DateDetector
{
    /// <summary>
    /// Month stems, in order, each Kazakh then Russian (genitive and prepositional forms share
    /// them): one pattern text, as the patterns below are constants (made when the code is built).
    /// </summary>
    private const string MonthStemChoices =
        "қаңтар|январ|ақпан|феврал|наурыз|март|сәуір|апрел|мамыр|ма[йяе]|маусым|июн|" +
        "шілде|июл|тамыз|август|қыркүйе[кг]|сентябр|қазан|октябр|қараша|ноябр|желтоқсан|декабр";

    /// <summary>The stems of each month, January first.</summary>
    private static readonly string[][] MonthStems = [.. MonthStemChoices.Split('|').Chunk(2)];

    private const string YearWord = @"(?:жылғы|жылы|жылдың|жылдан|жылға|жылдары|ж\.|года|году|г\.)";

    /// <summary>A day, or a span of days (9-12 маусымда): the event is dated by its first day.</summary>
    /// <remarks>
    /// Digits are ASCII: <c>\d</c> also takes other scripts' digits (١٩٩٤), which int.Parse refuses
    /// (the libFuzzer harness found it); the journals write dates in ASCII digits.
    /// </remarks>
    private const string Days = @"(?<day>[0-9]{1,2})(?:\s*[-–]\s*(?<endDay>[0-9]{1,2}))?";

    private const string Month = "(?<month>" + MonthStemChoices + @")\p{Ll}*";

    /// <summary>
    /// The patterns in the order they are tried: a date one has found is not found again by the next.
    /// A month before a year is looked for only where one can start (<see cref="MonthYearMatches"/>).
    /// </summary>
    private static readonly Regex[] Patterns = [YearDayMonth(), DayMonthYear(), Numeric(), YearMonth(), MonthYearAt(), Year()];

    /// <summary>Each month's stems as one pattern at the start of a word (<see cref="MonthOf"/>).</summary>
    private static readonly Regex[] MonthStarts = [.. MonthStems.Select(stems => new Regex("^(?:" + string.Join("|", stems) + ")"))];

    public static List<DateMention> Find(string text)
    {
        if (!HasFourDigitsInARow(text))
        {
            return [];
        }

        var taken = new List<(int Start, int End)>();
        foreach (Match marker in CitationMarkers.Pattern().Matches(text))
        {
            taken.Add((marker.Index, marker.Index + marker.Length));
        }

        var found = new List<DateMention>();
        foreach (var pattern in Patterns)
        {
            foreach (var match in pattern == MonthYearAt() ? MonthYearMatches(text) : pattern.Matches(text))
            {
                var (start, end) = (match.Index, match.Index + match.Length);
                if (taken.Any(t => t.Start < end && start < t.End) || DateOf(match) is not { } date)
                {
                    continue;
                }

                taken.Add((start, end));
                found.Add(new DateMention(date, start, match.Length));
            }
        }

        return [.. found.OrderBy(d => d.Start)];
    }

    /// <summary>1994 жылғы 27 мамыр.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<year>[0-9]{4})\s*-?" + YearWord + @"\s+" + Days + @"\s*-?\s*" + Month, RegexOptions.IgnoreCase)]
    private static partial Regex YearDayMonth();

    /// <summary>27 мамыр 1994 ж., 27 мая 1994 г.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}\-–])" + Days + @"\s+" + Month + @"\s+(?<year>[0-9]{4})", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    /// <summary>27.05.1994.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}.])(?<day>[0-9]{1,2})\.(?<monthNumber>[0-9]{2})\.(?<year>[0-9]{4})(?![\p{N}])")]
    private static partial Regex Numeric();

    /// <summary>2005 жылдың қаңтарында.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<year>[0-9]{4})\s*-?" + YearWord + @"\s+" + Month, RegexOptions.IgnoreCase)]
    private static partial Regex YearMonth();

    /// <summary>в мае 2007 года, қаңтар 2005 ж.: held at the position it is tried at (<c>\G</c>), see <see cref="MonthYearMatches"/>.</summary>
    [GeneratedRegex(@"\G(?<![\p{L}\p{N}])" + Month + @"\s+(?<year>[0-9]{4})\s*" + YearWord, RegexOptions.IgnoreCase)]
    private static partial Regex MonthYearAt();

    /// <summary>As search values, not the generic IndexOfAnyInRange, whose code as first compiled by the JIT boxes its two bounds at every call.</summary>
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    /// <summary>
    /// The matches the pattern without <c>\G</c> would find scanning the text, the same ones in the same order, tried only
    /// where one can start. A month's name begins with any of a dozen letters common in Kazakh and
    /// Russian text, so the pattern's own search tried nearly every position of a paragraph (4 % of a
    /// build's CPU at a thousand articles). But a match is a month's word (letters only: a stem and
    /// lower-case letters), white space, and the year's digits, and nothing that is a letter may come
    /// before it: so it starts exactly where the run of letters before the white space before a digit
    /// starts. Those places, left to right, each tried once and none inside the last match, give
    /// what scanning the whole text gives.
    /// </summary>
    private static IEnumerable<Match> MonthYearMatches(string text)
    {
        var end = 0;
        for (var digit = text.AsSpan().IndexOfAny(Digits); digit >= 0;)
        {
            var space = digit;
            while (space > 0 && char.IsWhiteSpace(text[space - 1]))
            {
                space--;
            }

            var start = space;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            if (space < digit && start < space && start >= end && MonthYearAt().Match(text, start) is { Success: true } match)
            {
                yield return match;
                end = match.Index + match.Length;
            }

            var next = text.AsSpan(digit + 1).IndexOfAny(Digits);
            digit = next < 0 ? -1 : digit + 1 + next;
        }
    }

    /// <summary>2001-2003 жж., 1990-жылдары, 1992 жылы, 2007 года.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}«\-–])(?<year>[0-9]{4})(?:\s*[-–]\s*(?<end>[0-9]{4}))?\s*-?\s*(?<word>жыл\p{Ll}*|жж\.|ж\.|гг\.|г\.|год\p{Ll}*)")]
    private static partial Regex Year();

    private static EventDate? DateOf(Match match)
    {
        var year = Number(match.Groups["year"]);
        if (year is < 1800 or > 2100)
        {
            return null;
        }

        var month = match.Groups["monthNumber"].Success ? Number(match.Groups["monthNumber"])
            : match.Groups["month"].Success ? MonthOf(match.Groups["month"].Value) : 0;
        var day = match.Groups["day"].Success ? Number(match.Groups["day"]) : 0;
        if (month is < 0 or > 12 || day is < 0 or > 31 || (day > 0 && month == 0))
        {
            return null;
        }

        if (match.Groups["end"].Success)
        {
            var end = Number(match.Groups["end"]);
            return end > year && end <= 2100 ? new EventDate(year, EndYear: end) : null;
        }

        // "1990-жылдары" is the 1990s; "1992 жылдары" of a year not ending in 0 is that year.
        var decade = match.Groups["word"].Value.StartsWith("жылдар", StringComparison.Ordinal) && year % 10 == 0;
        var endDay = match.Groups["endDay"].Success ? Number(match.Groups["endDay"]) : 0;
        return new EventDate(year, month, day, Decade: decade) { EndDay = endDay > day && endDay <= 31 ? endDay : 0 };
    }

    private static int MonthOf(string word)
    {
        var lower = word.ToLowerInvariant();
        for (var m = 0; m < MonthStarts.Length; m++)
        {
            if (MonthStarts[m].IsMatch(lower))
            {
                return m + 1;
            }
        }

        return 0;
    }

    /// <summary>Whether the text has four ASCII digits in a row, as <c>[0-9]{4}</c> finds them.</summary>
    private static bool HasFourDigitsInARow(string text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }

        return false;
    }

    private static int Number(Group group) => int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);
}
