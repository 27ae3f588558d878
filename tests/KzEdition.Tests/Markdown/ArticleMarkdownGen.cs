using CsCheck;
using KzEdition.Markdown;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KzEdition.Tests.Markdown;

/// <summary>
/// Generated article Markdown for property tests: Kazakh and Russian words, the index's names and
/// acronyms in inflected forms, citation markers in every form (and broken ones), emphasis, code,
/// links, autolinks, images, entities, the characters HTML escapes (<c>" &lt; &gt; &amp;</c>, U+00A0),
/// soft and hard breaks, in paragraphs, headings, lists, quotes, <c>::: table</c> containers with
/// pipe tables, code blocks and maths. Whatever else Markdown makes of the mixture is welcome, but
/// for a link inside a link's text (<see cref="NestsLinks"/>).
/// </summary>
internal static class ArticleMarkdownGen
{
    private static readonly Gen<string> Word = Gen.OneOf(
        "Қазақстан", "саясаты", "мемлекет", "ынтымақтастық", "халықаралық", "қатынастар", "Орталық", "Азия", "жылы", "мен", "және",
        "политика", "государство", "и", "в", "сотрудничество", "1994", "2001", "б.", "ж.", "т.б.", "Бас", "хатшысы", "жоғары", "ЕО-ға");

    private static readonly Gen<string> Mention = Gen.OneOf(TestIndex.Mentions);

    private static readonly Gen<string> Punctuation = Gen.OneOf(",", ".", ";", ":", "—", "–", "-", "«", "»", "(", ")", "!", "?", "/", "'", "№", "%");

    /// <summary>What HTML escapes, entities, and Markdown's own escapes.</summary>
    private static readonly Gen<string> Special = Gen.OneOf(
        "\"", "<", ">", "&", "\u00A0", "<b>", "a<b>c", "&x", "& ", "\"x\"", "&amp;", "&nbsp;", "&quot;", "&lt;", "&gt;", "&copy;",
        "&#91;", "&#93;", "&#47;", "&#x2F;", "&#10;", "&NotEqualTilde;", "\\*", "\\[", "\\]", "\\\\", "\\_", "\\<", "\\&");

    private static readonly Gen<int> Number = Gen.Int[0, 7];

    /// <summary>Citation markers as the journals print them, and shapes that are not quite markers.</summary>
    private static readonly Gen<string> Marker = Gen.OneOf(
        Number.Select(n => $"[{n}]"),
        Gen.Select(Number, Gen.Int[1, 300], (n, p) => $"[{n}, {p}-{p + 2} б.]"),
        Gen.Select(Number, Gen.Int[1, 300], (n, p) => $"[{n}, с. {p}]"),
        Gen.Select(Number, Number, (n, m) => $"[{n}; {m}]"),
        Gen.Select(Number, Number, (n, m) => $"[{n}–{m}]"),
        Gen.Select(Number, Number, (n, m) => $"[{n},\n{m}]"),
        Number.Select(n => $"/{n}/"),
        Gen.Select(Number, Number, (n, m) => $"/{n}, {m}/"),
        Number.Select(n => $"&#91;{n}&#93;"),
        Number.Select(n => $"\\[{n}\\]"),
        Number.Select(n => $"[{n}"),
        Number.Select(n => $"{n}]"),
        Number.Select(n => $"a/{n}/"),
        Number.Select(n => $"[{n}, *{n}*]"),
        Number.Select(n => $"[{n}](#ref-{n})"));

    private static readonly Gen<string> Url = Gen.OneOf(
        "https://www.nato.int", "http://x.kz/a?b=1&c=2", "#ref-1", "#p2", "#", "", "/жол/бет", "https://қазақ.kz/жол", "a b", "<https://x.kz/a b>", "mailto:a@b.kz");

    private static readonly Gen<string> Title = Gen.OneOf("", " \"НАТО\"", " \"a & b <c>\"", " 'т\u00A0т'", " (\"x\")");

    /// <summary>Text without links of its own (links may not hold links).</summary>
    private static readonly Gen<string> Plain = Gen.Frequency(
        (10, Word),
        (6, Mention),
        (3, Punctuation),
        (3, Special),
        (4, Marker));

    private static readonly Gen<string> PlainRun = Gen.Select(Plain.Array[1, 4], Gen.Bool, (parts, spaced) => string.Join(spaced ? " " : "", parts));

    private static readonly Gen<string> Inline = Gen.Frequency(
        (30, Plain),
        (3, PlainRun.Select(t => $"*{t}*")),
        (3, PlainRun.Select(t => $"**{t}**")),
        (1, PlainRun.Select(t => $"_{t}_")),
        (1, PlainRun.Select(t => $"***{t}***")),
        (2, PlainRun.Select(t => $"`{t}`")),
        (1, PlainRun.Select(t => $"``{t} ` {t}``")),
        (2, Gen.Select(PlainRun, Url, Title, (t, u, ti) => $"[{t}]({u}{ti})")),
        (1, Gen.Select(PlainRun, Url, Title, (t, u, ti) => $"![{t}]({u}{ti})")),
        (1, Gen.OneOf("<https://www.nato.int/a?b&c>", "<mail@nato.int>", "www.nato.int", "https://akorda.kz/kk/жаңалық", "http://x.kz.")),
        (1, Gen.OneOf("~~сызылған~~", "~төмен~", "^жоғары^", "==белгі==", "++қосылған++", "\"\"дәйек\"\"", "$x^2$", "$НАТО [1]$")),
        (2, Gen.OneOf("  \n", "\\\n", "\n")));

    private static readonly Gen<string> Line = Gen.Select(Inline.Array[1, 12], Gen.Bool, (parts, spaced) => string.Join(spaced ? " " : "", parts).Trim(' '));

    private static readonly Gen<string> SingleLine = Line.Select(l => l.Replace('\n', ' ').Replace("\\ ", " ", StringComparison.Ordinal));

    private static readonly Gen<string> Paragraph = Line.Array[1, 3].Select(lines => string.Join("\n", lines));

    private static readonly Gen<string> Heading = Gen.Frequency(
        (4, Gen.Select(Gen.Int[1, 6], SingleLine, (level, text) => new string('#', level) + " " + text)),
        (1, SingleLine.Select(text => text + "\n===")),
        (1, SingleLine.Select(text => text + "\n---")));

    private static readonly Gen<string> List = Gen.Select(SingleLine.Array[1, 4], Gen.Bool, Gen.Bool, Gen.Bool, (items, ordered, loose, nested) =>
        string.Join(loose ? "\n\n" : "\n", items.Select((item, i) => (ordered ? $"{i + 1}. " : "- ") + item))
        + (nested ? (ordered ? "\n   - " : "\n  - ") + items[0] : ""));

    private static readonly Gen<string> Cell = Plain.Array[0, 3].Select(parts => string.Join(" ", parts).Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' '));

    private static readonly Gen<string> Table = Gen.Select(SingleLine, Gen.Int[1, 3], Cell.Array[1, 9], (caption, columns, cells) =>
        "::: table\n**1 кесте.** " + caption + "\n\n|" + string.Concat(Enumerable.Repeat("  |", columns)) + "\n|" + string.Concat(Enumerable.Repeat("---|", columns)) + "\n"
        + string.Concat(cells.Chunk(columns).Select(row => "| " + string.Join(" | ", row) + " |\n")) + ":::");

    private static readonly Gen<string> Block = Gen.Frequency(
        (12, Paragraph),
        (3, Heading),
        (3, List),
        (2, Table),
        (1, Paragraph.Select(p => "> " + p.Replace("\n", "\n> ", StringComparison.Ordinal))),
        (1, Gen.OneOf("---", "***")),
        (1, SingleLine.Select(l => "```\n" + l + "\n```")),
        (1, SingleLine.Select(l => "    " + l)),
        (1, SingleLine.Select(l => "$$\n" + l + "\n$$")),
        (1, Gen.Const("*[ЕҚЫҰ]: Еуропадағы \"қауіпсіздік\" & ынтымақтастық")));

    /// <summary>A whole article body: a front matter now and then, then blocks.</summary>
    public static readonly Gen<string> Document = Gen.Select(Gen.Bool, Block.Array[0, 8], (frontMatter, blocks) =>
        (frontMatter ? "---\nid: x\ntitle: Мақала\n---\n\n" : "") + string.Join("\n\n", blocks) + "\n")
        .Where(markdown => !NestsLinks(markdown));

    private static readonly Markdig.MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();

    /// <summary>
    /// Whether Markdig makes a link inside a link's text (an autolink or a bare URL there, a
    /// bracket that opens a link across the atoms). HTML has no such thing: a parser ends the outer
    /// link at the inner one (the adoption agency algorithm), which the renderer does not emulate,
    /// as the edition's Markdown cannot hold one (MarkdownEscaper escapes '&lt;' and link brackets).
    /// </summary>
    public static bool NestsLinks(string markdown) =>
        Markdig.Markdown.Parse(markdown, Pipeline).Descendants<Inline>()
            .Any(inline => inline is AutolinkInline or FootnoteLink or LinkInline { IsImage: false } && Outer(inline) is not null);

    private static LinkInline? Outer(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline { IsImage: false } link)
            {
                return link;
            }
        }

        return null;
    }
}
