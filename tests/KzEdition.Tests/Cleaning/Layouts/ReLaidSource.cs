using System.Globalization;
using System.Text;

namespace KzEdition.Tests.Cleaning.Layouts;

/// <summary>
/// Known paragraphs laid out again as a source the cleaner has never seen: hard-wrapped at a width
/// with greedy wrapping and syllable hyphenation, or one paragraph a line as web copy; with the
/// family's indents, blank lines, trailing spaces, page furniture, line ends and encoding. Seeded:
/// the same paragraphs, family and seed give the same bytes.
/// </summary>
/// <param name="Bytes">The source file as the cleaner reads it.</param>
/// <param name="Paragraphs">What the cleaner must give back.</param>
/// <param name="Furniture">The lines of page furniture put in, which the cleaner must take out (and list).</param>
/// <param name="Description">The draws, for failure messages.</param>
/// <param name="ParagraphEnds">The 1-based line each paragraph ends on.</param>
internal sealed record ReLaidSource(byte[] Bytes, IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Furniture, string Description, IReadOnlyList<int> ParagraphEnds)
{
    /// <summary>Kazakh and Russian vowels: a syllable has one.</summary>
    private const string Vowels = "аәеёиоөуұүыіэюяАӘЕЁИОӨУҰҮЫІЭЮЯ";

    /// <summary>Running heads as journals set them: the journal on one side, the article on the other.</summary>
    private static readonly string[][] RunningHeads =
    [
        ["ҚазҰУ Хабаршысы. Халықаралық қатынастар сериясы. №2 (42). 2009", "Қазақстан мен НАТО: ынтымақтастық тарихы"],
        ["Вестник КазНУ. Серия международные отношения. № 1 (38). 2008", "Казахстан и НАТО"],
        ["Саясат – Policy, 2011, № 4", "Ә.Б. Сейітқали"],
    ];

    private static readonly string[] Footers = ["© Әл-Фараби атындағы ҚазҰУ, 2009", "ISSN 1563-0285"];

    public static ReLaidSource Make(IReadOnlyList<string> paragraphs, LayoutFamily family, int seed)
    {
        var random = new Random(seed);
        var width = random.Next(50, 101);
        var indent = family.Indents ?? random.Next(2) == 0 ? (random.Next(3) switch { 0 => " ", 1 => "  ", _ => "     " }) : "";
        var hyphenate = random.Next(5) > 0;
        var lines = new List<string>();
        var lastOfParagraph = new List<bool>();
        if (family.Wrapped)
        {
            foreach (var paragraph in paragraphs)
            {
                var wrapped = Wrap(paragraph, width, indent, hyphenate);
                lines.AddRange(wrapped);
                lastOfParagraph.AddRange(wrapped.Select((_, i) => i == wrapped.Count - 1));
            }
        }
        else
        {
            foreach (var paragraph in paragraphs)
            {
                lines.Add(family.WebDisturbances ? Disturb(paragraph, random) : paragraph);
                lastOfParagraph.Add(true);
            }
        }

        if (family.TrailingSpaces)
        {
            lines = [.. lines.Select((l, i) => l + (lastOfParagraph[i] ? "  " : " "))];
        }

        var blankBetweenParagraphs = family.BlankBetweenParagraphs ?? random.Next(2) == 0;
        var laid = new List<string>();
        var ends = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lastOfParagraph[i])
            {
                ends.Add(laid.Count);
            }

            laid.Add(lines[i]);
            if (family.BlankAfterEveryLine || (blankBetweenParagraphs && lastOfParagraph[i] && i < lines.Count - 1))
            {
                laid.Add("");
            }
        }

        var furniture = new List<string>();
        var description = $"{family.Name}, seed {seed}: " + (family.Wrapped ? $"width {width}, indent '{indent}', {(hyphenate ? "hyphenated" : "not hyphenated")}" : $"web copy, {(blankBetweenParagraphs ? "blank lines between" : "no blank lines")}");
        if (family.PageFurniture)
        {
            (laid, var style, var moved) = AddPageFurniture(laid, random, furniture, family.BlankAfterEveryLine);
            ends = [.. ends.Select(e => moved[e])];
            description += ", " + style;
        }

        var newline = family.Crlf && random.Next(2) == 0 ? "\r\n" : "\n";
        var encodings = family.Encodings ?? ["utf-8"];
        var encoding = encodings[random.Next(encodings.Length)];
        description += $", {(newline == "\n" ? "LF" : "CRLF")}, {encoding}";
        var text = string.Join(newline, laid) + newline;
        return new ReLaidSource(Encode(text, encoding), paragraphs, furniture, description, [.. ends.Select(e => e + 1)]);
    }

    /// <summary>
    /// Greedy wrapping: as many words on a line as fit. A word that does not fit is broken at a
    /// syllable (or after its own hyphen) when its first part and a hyphen fit, as typesetters do.
    /// </summary>
    internal static List<string> Wrap(string paragraph, int width, string indent, bool hyphenate)
    {
        var lines = new List<string>();
        var line = new StringBuilder(indent);
        var empty = true;
        foreach (var whole in paragraph.Split(' '))
        {
            var word = whole;
            while (true)
            {
                var separator = empty ? 0 : 1;
                if (line.Length + separator + word.Length <= width)
                {
                    line.Append(empty ? "" : " ").Append(word);
                    empty = false;
                    break;
                }

                var room = width - line.Length - separator;
                var split = hyphenate ? BestBreak(word, room) : 0;
                if (split > 0)
                {
                    var head = word[..split];
                    line.Append(empty ? "" : " ").Append(head).Append(head.EndsWith('-') ? "" : "-");
                    word = word[split..];
                }

                if (empty && split == 0)
                {
                    // A word longer than the line: it stands alone, overlong.
                    line.Append(word);
                    empty = false;
                    break;
                }

                lines.Add(line.ToString());
                line.Clear();
                empty = true;
            }
        }

        lines.Add(line.ToString());
        return lines;
    }

    /// <summary>The longest head of the word, at a syllable break or after a hyphen, that fits in <paramref name="room"/> with its hyphen; 0 when none does.</summary>
    internal static int BestBreak(string word, int room)
    {
        var best = 0;
        foreach (var at in Breaks(word))
        {
            var needed = at + (word[at - 1] == '-' ? 0 : 1);
            if (needed <= room)
            {
                best = Math.Max(best, at);
            }
        }

        return best;
    }

    /// <summary>
    /// Where a word may be broken: after a hyphen of its own, and between syllables of its letters
    /// (before the consonant that starts a syllable: V-CV, VC-CV, VCC-CV), two letters at least on
    /// each side, none inside a word of capitals (an acronym). Written here apart from the cleaner's
    /// <c>Text/Syllables</c> on purpose: the layouts must not be made from the cleaner's own assumptions
    /// (this one also breaks after a word's own hyphen, and at every syllable, not only the first).
    /// </summary>
    internal static IEnumerable<int> Breaks(string word)
    {
        for (var i = 1; i < word.Length - 1; i++)
        {
            if (word[i - 1] == '-' && char.IsLetter(word[i]))
            {
                yield return i;
            }
        }

        // The letters of the word's first part (up to a hyphen or punctuation).
        var start = 0;
        while (start < word.Length && !char.IsLetter(word[start]))
        {
            start++;
        }

        var end = start;
        while (end < word.Length && char.IsLetter(word[end]))
        {
            end++;
        }

        var letters = word[start..end];
        if (letters.Length < 5 || letters.Skip(1).All(char.IsUpper))
        {
            yield break;
        }

        for (var i = 2; i <= letters.Length - 2; i++)
        {
            // A syllable starts at a consonant followed by a vowel, after a letter that is not its own syllable's start.
            if (!IsVowel(letters[i]) && IsVowel(letters[i + 1]) && letters[..i].Any(IsVowel) && letters[i..].Any(IsVowel) && !(letters[i] is 'ь' or 'ъ'))
            {
                yield return start + i;
            }
        }
    }

    private static bool IsVowel(char c) => Vowels.Contains(c, StringComparison.Ordinal);

    /// <summary>Soft hyphens inside long words and no-break spaces after short ones, as web pages and word processors leave.</summary>
    private static string Disturb(string paragraph, Random random)
    {
        var words = paragraph.Split(' ');
        var text = new StringBuilder();
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (word.Length >= 8 && word.All(char.IsLetter) && random.Next(3) == 0)
            {
                var at = Breaks(word).ToList();
                word = at.Count == 0 ? word : word.Insert(at[random.Next(at.Count)], "\u00AD");
            }

            text.Append(word);
            if (i < words.Length - 1)
            {
                text.Append(word.Length <= 3 && random.Next(2) == 0 ? '\u00A0' : ' ');
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// A page break every 40–55 lines, wherever it falls (in the middle of a paragraph too): the
    /// page's foot (a page number, a footer) and the next page's head (a running head, with its page
    /// number or without), page numbers in sequence.
    /// </summary>
    private static (List<string> Lines, string Style, int[] Moved) AddPageFurniture(List<string> lines, Random random, List<string> furniture, bool blankAfterEveryLine)
    {
        var heads = RunningHeads[random.Next(RunningHeads.Length)];
        var style = random.Next(4);
        var footer = random.Next(3) == 0 ? Footers[random.Next(Footers.Length)] : null;
        var page = random.Next(1, 300);
        var pageLength = random.Next(40, 56);
        var result = new List<string>();
        var moved = new int[lines.Count];
        var blank = blankAfterEveryLine || random.Next(2) == 0;

        void Furniture(string line)
        {
            furniture.Add(line);
            result.Add(line);
            if (blank)
            {
                result.Add("");
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0 && i % pageLength == 0)
            {
                var number = page.ToString(CultureInfo.InvariantCulture);
                var head = heads[page % 2];
                switch (style)
                {
                    case 0: // a page number at the foot; the head alone at the top
                        Furniture(number);
                        if (footer is not null)
                        {
                            Furniture(footer);
                        }

                        Furniture(head);
                        break;
                    case 1: // the head with the next page's number, on the outer side
                        if (footer is not null)
                        {
                            Furniture(footer);
                        }

                        var next = (page + 1).ToString(CultureInfo.InvariantCulture);
                        Furniture(page % 2 == 0 ? $"{head}   {next}" : $"{next}   {head}");
                        break;
                    case 2: // the page number alone
                        Furniture(number);
                        break;
                    default: // the head at the top, the number below it
                        Furniture(head);
                        Furniture((page + 1).ToString(CultureInfo.InvariantCulture));
                        break;
                }

                page++;
            }

            moved[i] = result.Count;
            result.Add(lines[i]);
        }

        var styles = new[] { "number at the foot, head at the top", "head with its number", "page numbers only", "head then number" };
        return (result, $"every {pageLength} lines: {styles[style]}{(footer is null ? "" : ", footer")}{(blank ? ", blank lines around" : "")}", moved);
    }

    private static byte[] Encode(string text, string encoding) => encoding switch
    {
        "utf-8" => Encoding.UTF8.GetBytes(text),
        "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
        "utf-16le" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        "utf-16be" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
    };
}
