using System.Text;
using KzEdition.Cleaning;
using FurnitureReasons = KzEdition.Cleaning.Furniture;

namespace KzEdition.Tests.Cleaning;

/// <summary>How a synthetic hard-wrapped source separates its lines.</summary>
public enum BlankLines
{
    /// <summary>No blank lines at all: paragraphs are told only by their short last lines.</summary>
    None,

    /// <summary>A blank line between paragraphs.</summary>
    BetweenParagraphs,

    /// <summary>A blank line after every line, as some PDF extractions do (lines then also keep a trailing space).</summary>
    AfterEveryLine,
}

/// <summary>
/// Sources made from known clean paragraphs, laid out as the real inputs are (hard-wrapped at a
/// fixed width, or one sentence a line with ".." between paragraphs), with page furniture put in,
/// together with what the cleaner must give back.
/// </summary>
internal sealed record SyntheticSource(string Text, IReadOnlyList<(BlockKind Kind, string Text)> Blocks, IReadOnlyList<RemovedLine> Furniture)
{
    public const string PageNumber = "2455";

    public const string Separator = "________________________";

    /// <summary>Four clean paragraphs of Kazakh running text, 380–480 characters each.</summary>
    public static readonly string[] Paragraphs =
    [
        "Қазақстан Республикасы тәуелсіздік алғаннан кейін сыртқы саясатта көпвекторлы бағытты ұстанып, әлемнің жетекші мемлекеттерімен және халықаралық ұйымдармен тең құқылы қарым-қатынас орнатуға ұмтылды. Осы бағыттағы маңызды қадамдардың бірі Солтүстік Атлантикалық келісім ұйымымен ынтымақтастықты дамыту болды. 1992 жылы Қазақстан Солтүстік Атлантикалық ынтымақтастық кеңесіне мүше болып, НАТО-ның бейбітшілік пен тұрақтылықты нығайтуға бағытталған бастамаларына қатыса бастады.",
        "1994 жылғы 27 мамырда Қазақстан «Бейбітшілік жолындағы әріптестік» бағдарламасына қосылды. Бұл құжат ұлттық қорғанысты жоспарлау мен қаржыландырудың ашықтығын, қарулы күштерге демократиялық бақылау жасауды және бітімгершілік операцияларына бірлесіп дайындалуды көздеді. Бағдарлама аясында қазақстандық офицерлер шетелдік әскери оқу орындарында білім алып, ағылшын тілін меңгеру курстарынан өтті. Сонымен қатар әскери-саяси ынтымақтастықтың жаңа тетіктері қалыптаса бастады.",
        "Екіжақты қатынастардың келесі кезеңі 2002 жылдан басталды, сол жылы Қазақстан Жоспарлау және талдау үдерісіне қосылып, бітімгершілік батальонының НАТО стандарттарына сәйкестігін арттыру жөнінде бірқатар міндеттемелер алды. «Қазбат» бітімгершілік батальоны халықаралық оқу-жаттығуларға үнемі қатысып, мол тәжірибе жинақтады. Зерттеушілердің пайымдауынша, мұндай ынтымақтастық елдің қорғаныс әлеуетін жаңғыртуға және өңірлік қауіпсіздікті қамтамасыз етуге үлес қосты.",
        "Дегенмен Қазақстанның НАТО-мен әріптестігі ешқашан одаққа мүше болуды көздемеген. Ел Ұжымдық қауіпсіздік туралы шарт ұйымы мен Шанхай ынтымақтастық ұйымының да белді мүшесі болып қала берді. Сондықтан сарапшылар Астананың ұстанымын теңгерімді саясат деп бағалайды: ол ірі державалардың мүдделерін ескеріп, ұлттық қауіпсіздікті түрлі халықаралық тетіктер арқылы нығайтуға жол ашады.",
    ];

    public static readonly int[] Widths = [60, 75, 90];

    /// <summary>
    /// The paragraphs wrapped at <paramref name="width"/>; a page number after the second line of the
    /// second paragraph (the page break falls mid-sentence), a separator line between the second and
    /// the third paragraph. With <paramref name="hyphenate"/>, long words that do not fit are split
    /// with a hyphen, as typesetters do.
    /// </summary>
    public static SyntheticSource HardWrapped(int width, BlankLines blankLines, bool hyphenate = false)
    {
        var lines = new List<string>();
        var furniture = new List<RemovedLine>();
        var trailing = blankLines == BlankLines.AfterEveryLine ? " " : "";

        void Add(string line)
        {
            lines.Add(line + trailing);
            if (blankLines == BlankLines.AfterEveryLine)
            {
                lines.Add("");
            }
        }

        for (var p = 0; p < Paragraphs.Length; p++)
        {
            if (p == 2)
            {
                Add(Separator);
                furniture.Add(new RemovedLine(lines.Count - (blankLines == BlankLines.AfterEveryLine ? 1 : 0), Separator, FurnitureReasons.SeparatorLine));
            }

            var wrapped = Wrap(Paragraphs[p], width, hyphenate);
            for (var l = 0; l < wrapped.Count; l++)
            {
                Add(wrapped[l]);
                if (p == 1 && l == 1)
                {
                    Add(PageNumber);
                    furniture.Add(new RemovedLine(lines.Count - (blankLines == BlankLines.AfterEveryLine ? 1 : 0), PageNumber, FurnitureReasons.PageNumberLine));
                }
            }

            if (blankLines == BlankLines.BetweenParagraphs && p < Paragraphs.Length - 1)
            {
                lines.Add("");
            }
        }

        return new SyntheticSource(string.Join('\n', lines) + "\n", ExpectedBlocks(), furniture);
    }

    /// <summary>
    /// One sentence a line; a paragraph's last sentence and the next one's first share a line, joined
    /// by "..", except across the separator line between the second and third paragraphs. A page
    /// number stands between two sentences of the second paragraph.
    /// </summary>
    public static SyntheticSource SentencePerLine()
    {
        var lines = new List<string>();
        var furniture = new List<RemovedLine>();
        var carry = "";
        for (var p = 0; p < Paragraphs.Length; p++)
        {
            if (p == 2)
            {
                lines.Add(carry);
                carry = "";
                lines.Add(Separator);
                furniture.Add(new RemovedLine(lines.Count, Separator, FurnitureReasons.SeparatorLine));
            }

            var sentences = Sentences(Paragraphs[p]);
            for (var s = 0; s < sentences.Count; s++)
            {
                var sentence = s == 0 && carry.Length > 0 ? carry + "." + sentences[s] : sentences[s];
                if (s == sentences.Count - 1)
                {
                    carry = sentence;
                }
                else
                {
                    lines.Add(sentence);
                }

                if (p == 1 && s == 1)
                {
                    lines.Add(PageNumber);
                    furniture.Add(new RemovedLine(lines.Count, PageNumber, FurnitureReasons.PageNumberLine));
                }
            }
        }

        lines.Add(carry);
        return new SyntheticSource(string.Join('\n', lines) + "\n", ExpectedBlocks(), furniture);
    }

    /// <summary>What the cleaner must give back: the paragraphs, and a boundary where the separator stood.</summary>
    private static List<(BlockKind, string)> ExpectedBlocks() =>
    [
        (BlockKind.Paragraph, Paragraphs[0]),
        (BlockKind.Paragraph, Paragraphs[1]),
        (BlockKind.Boundary, ""),
        (BlockKind.Paragraph, Paragraphs[2]),
        (BlockKind.Paragraph, Paragraphs[3]),
    ];

    /// <summary>Greedy wrapping at spaces, as PDF text extraction gives it.</summary>
    public static List<string> Wrap(string paragraph, int width, bool hyphenate = false)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in paragraph.Split(' '))
        {
            if (line.Length == 0)
            {
                line.Append(word);
                continue;
            }

            if (line.Length + 1 + word.Length <= width)
            {
                line.Append(' ').Append(word);
                continue;
            }

            // Room for "head-" on this line, with at least three letters each side.
            var room = width - line.Length - 2;
            if (hyphenate && room >= 3 && word.Length - room >= 3 && word.Take(room + 3).All(char.IsLetter))
            {
                lines.Add($"{line} {word[..room]}-");
                line.Clear().Append(word[room..]);
                continue;
            }

            lines.Add(line.ToString());
            line.Clear().Append(word);
        }

        lines.Add(line.ToString());
        return lines;
    }

    /// <summary>Splits a paragraph after each full stop that a space and a capital or a digit follow.</summary>
    public static List<string> Sentences(string paragraph)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < paragraph.Length - 2; i++)
        {
            if (paragraph[i] == '.' && paragraph[i + 1] == ' ' && (char.IsUpper(paragraph[i + 2]) || char.IsDigit(paragraph[i + 2]) || paragraph[i + 2] == '«'))
            {
                sentences.Add(paragraph[start..(i + 1)]);
                start = i + 2;
            }
        }

        sentences.Add(paragraph[start..]);
        return sentences;
    }
}
