using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace KzEdition.Cleaning;

/// <summary>
/// Tells what each block of a source is from its form, as a reader does: a title set in
/// capitals, an author line, the affiliation/abstract/keywords block of a journal article,
/// list items, table captions and source lines, reference-list headings.
/// </summary>
public static partial class BlockClassifier
{
    private static readonly FrozenSet<string> ReferenceHeadings = FrozenSet.Create(
        StringComparer.Ordinal,
        "әдебиеттер", "әдебиеттер тізімі", "қолданылған әдебиеттер", "қолданылған әдебиеттер тізімі",
        "пайдаланылған әдебиеттер", "пайдаланылған әдебиеттер тізімі", "әдебиет", "литература",
        "список литературы", "список использованной литературы", "использованная литература",
        "references", "bibliography", "sources");

    private static readonly FrozenSet<string> SectionHeadings = FrozenSet.Create(
        StringComparer.Ordinal,
        "кіріспе", "қорытынды", "негізгі бөлім", "зерттеу әдістері", "материалдар мен әдістер", "нәтижелер",
        "талқылау", "нәтижелер мен талқылау", "введение", "заключение", "основная часть", "выводы",
        "методы", "результаты", "обсуждение", "introduction", "conclusion", "conclusions", "methods",
        "results", "discussion");

    /// <summary>The length of the longest heading of either set.</summary>
    private static readonly int LongestHeading = ReferenceHeadings.Concat(SectionHeadings).Max(h => h.Length);

    private static readonly string[] AffiliationWords =
    [
        "университет", "факультет", "магистрант", "докторант", "институт", "академия", "кафедра",
        "оқытушы", "профессор", "доцент", "ғылыми қызметкер", "колледж", "university", "faculty",
        "institute", "college", "phd",
    ];

    public static ImmutableArray<TextBlock> Classify(IReadOnlyList<TextBlock> blocks)
    {
        var classified = blocks.Select(b => b.Kind == BlockKind.Boundary ? b : b with { Kind = KindOf(b.Text) }).ToArray();

        // An affiliation is only told apart from a sentence about a university by where it
        // stands: next to a title, an author line, an abstract or keywords.
        for (var i = 0; i < classified.Length; i++)
        {
            if (classified[i].Kind == BlockKind.Paragraph && LooksLikeAffiliation(classified[i].Text) &&
                (IsHeadKind(Neighbour(classified, i, -1)) || IsHeadKind(Neighbour(classified, i, +1))))
            {
                classified[i] = classified[i] with { Kind = BlockKind.Affiliation };
            }
        }

        return [.. classified];
    }

    internal static BlockKind KindOf(string text)
    {
        var trimmed = text.Trim();

        // Only a text as short as a heading can be one: a paragraph is not lower-cased whole to be looked up (lower-casing keeps the length).
        var key = trimmed.AsSpan().TrimEnd(".:").Trim();
        if (key.Length <= LongestHeading)
        {
            var lower = key.ToString().ToLowerInvariant();
            if (ReferenceHeadings.Contains(lower))
            {
                return BlockKind.ReferencesHeading;
            }

            if (SectionHeadings.Contains(lower))
            {
                return BlockKind.Heading;
            }
        }

        if (AbstractLabel().IsMatch(trimmed))
        {
            return BlockKind.Abstract;
        }

        if (KeywordsLabel().IsMatch(trimmed))
        {
            return BlockKind.Keywords;
        }

        if (TableCaption().IsMatch(trimmed) && trimmed.Length <= 300)
        {
            return BlockKind.TableCaption;
        }

        if (TableSource().IsMatch(trimmed))
        {
            return BlockKind.TableSource;
        }

        if (SourceCleaner.ListItem().IsMatch(trimmed))
        {
            return BlockKind.ListItem;
        }

        if (trimmed.Length <= 80 && AuthorLine().IsMatch(trimmed))
        {
            return BlockKind.Author;
        }

        // A title in capitals: several words, none in lower case (a lone acronym is no title).
        if (trimmed.Length <= 250 && SourceCleaner.IsCapitalsLine(trimmed) && trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2)
        {
            return BlockKind.Title;
        }

        return BlockKind.Paragraph;
    }

    /// <summary>Strips a label such as "Аңдатпа." or "Түйін сөздер:" from the start of a block.</summary>
    public static string WithoutLabel(string text) => Label().Replace(text.Trim(), "", 1).Trim();

    internal static bool IsHeadKind(BlockKind? kind) =>
        kind is BlockKind.Title or BlockKind.Author or BlockKind.Abstract or BlockKind.Keywords or BlockKind.Affiliation;

    private static BlockKind? Neighbour(TextBlock[] blocks, int index, int step)
    {
        var j = index + step;
        return j >= 0 && j < blocks.Length ? blocks[j].Kind : null;
    }

    private static bool LooksLikeAffiliation(string text)
    {
        if (text.Length > 300)
        {
            return false;
        }

        var lower = text.ToLowerInvariant();
        return AffiliationWords.Any(w => lower.Contains(w, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^(?:Аңдатпа|Аннотация|Abstract|Түйіндеме|Резюме)\b\s*[.:—–-]?", RegexOptions.IgnoreCase)]
    private static partial Regex AbstractLabel();

    [GeneratedRegex(@"^(?:Түйін(?:ді)?\s+сөздер|Тірек\s+сөздер|Кілт\s+сөздер|Ключевые\s+слова|Key\s*words)\s*[:.—–-]", RegexOptions.IgnoreCase)]
    private static partial Regex KeywordsLabel();

    [GeneratedRegex(@"^(?:Аңдатпа|Аннотация|Abstract|Түйіндеме|Резюме|Түйін(?:ді)?\s+сөздер|Тірек\s+сөздер|Кілт\s+сөздер|Ключевые\s+слова|Key\s*words)\b\s*[.:—–-]?", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    // "1 кесте", "1-кесте", "Кесте 1", "Таблица 2", "Table 3".
    [GeneratedRegex(@"^(?:\d{1,2}\s*-?\s*(?:кесте|таблица|table)|(?:кесте|таблица|table)\s*\d{1,2})(?![\p{L}\p{N}])", RegexOptions.IgnoreCase)]
    internal static partial Regex TableCaption();

    [GeneratedRegex(@"^(?:Дереккөз(?:і|дер)?|Дерек\s+көзі|Источник(?:и)?|Source)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex TableSource();

    // Initials then surname (Л.Т. Исова, Дж. Робертсон), or surname then initials (Исова Л.Т.), comma-separated.
    [GeneratedRegex(@"^(?:(?:\p{Lu}\p{Ll}?\.\s?){1,3}\s?\p{Lu}[\p{Ll}’'-]+|\p{Lu}[\p{Ll}’'-]+\s(?:\p{Lu}\p{Ll}?\.\s?){1,3})(?:\s*,\s*(?:(?:\p{Lu}\p{Ll}?\.\s?){1,3}\s?\p{Lu}[\p{Ll}’'-]+|\p{Lu}[\p{Ll}’'-]+\s(?:\p{Lu}\p{Ll}?\.\s?){1,3}))*$")]
    private static partial Regex AuthorLine();
}
