using CsCheck;
using KzEdition.Templating;

namespace KzEdition.Tests.Templating;

/// <summary>
/// Generated pages through <see cref="LatinPageWriter"/>, in chunks split at random: the Latin page
/// does not depend on the splits, parses to the tree the DOM transliteration (<see cref="LatinPageOracle"/>)
/// makes, and keeps the markup byte for byte. The pages are well-formed HTML of the kind the layouts
/// and Markdig write (the writer's documented limits lie outside it): nested elements in Kazakh,
/// Russian, English, Kazakh Latin or no language, code, script, style, textarea, comments, void
/// elements, the three translated attributes and others in all three quotings, and text made of
/// capitals and small letters, two-letter spellings at the edges of text nodes, characters outside
/// the BMP (so that cuts fall inside surrogate pairs), and character references, some of which
/// stand for Cyrillic letters.
/// </summary>
public sealed class LatinPagePropertyTests
{
    private static readonly string[] Words =
    [
        "Қазақстан", "ҚАЗАҚСТАН", "және", "НАТО", "Чех", "ЧЕХ", "Ч", "ч", "Ш", "шығыс", "Щ", "ЩИ", "щ", "Ю", "Юрий",
        "ЮНЕСКО", "Я", "я", "Ц", "ЦК", "Ё", "ёлка", "ЁЛ", "Ъ", "ъ", "ь", "Ь", "Ә", "ә", "ІІ", "і", "Й", "Ң", "ұлт", "Һ",
        "Э", "NATO", "abc", "X", "1992", "ж.", "𝐀", "😀Я",
    ];

    private static readonly string[] Separators = ["", " ", ", ", "-", ". ", "\n", "«", "»", "\u00a0"];

    private static readonly string[] References =
    [
        "&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "&nbsp;", "&copy;", "&hellip;", "&Auml;", "&#65;", "&#x61;", "&#138;",
        "&#x1D400;", "&#1179;", "&#1178;", "&#x49B;", "&#x427;", "&#1063;", "&CHcy;", "&chcy;", "&Acy;", "&acy;",
        "&SHCHcy;", "&IOcy;", "&iocy;", "&YAcy;", "&Iukcy;", "&iukcy;", "&HARDcy;", "&softcy;", "&AMP;", "&LT", "&#0;", "&#x110000;",
    ];

    /// <summary>Text whose Latin, written naively, would read as a reference or a tag.</summary>
    private static readonly string[] Tricky =
    [
        "&қuot;", "&аmp;", "&#xе;", "&notин;", "&ampа", "&ampxЯ", "& ", "&", "<Қ", "a < b", "&#1179", "&#x41а", "&ь#1179;", "&&#1098;amp;",
    ];

    /// <summary>What an unquoted attribute value may hold: no whitespace, quotes, '&lt;', '&gt;', '=' or '`'.</summary>
    private static readonly string[] UnquotedPieces = [.. Words.Where(w => !w.Contains(' ', StringComparison.Ordinal)), .. References, "&ampа", "&ampxЯ", "&#1179", "&notин"];

    private static readonly Gen<string> Text = Gen.Frequency(
        (6, Gen.OneOf(Words)),
        (3, Gen.OneOf(Separators)),
        (2, Gen.OneOf(References)),
        (1, Gen.OneOf(Tricky))).Array[1, 6].Select(string.Concat);

    private static readonly Gen<string> Lang = Gen.OneOf(
        "", "", "", " lang=\"kk\"", " lang=\"ru\"", " lang=\"en\"", " lang=\"kk-Latn\"", " lang=kk", " LANG='kk-KZ'", " lang=\"\"", " lang=\"KK\"");

    private static readonly Gen<string> Attribute = Gen.Select(
        Gen.OneOf("title", "aria-label", "alt", "placeholder", "TITLE", "class", "data-note", "id"),
        Gen.Int[0, 2],
        Text,
        Gen.OneOf(UnquotedPieces).Array[0, 3].Select(string.Concat),
        (name, quoting, quoted, unquoted) => quoting switch
        {
            0 => $" {name}=\"{quoted}\"",
            1 => $" {name}='{quoted}'",
            _ => unquoted.Length == 0 ? $" {name}" : $" {name}={unquoted}",
        });

    private static readonly Gen<string> Attributes = Gen.Select(Lang, Attribute.Array[0, 3], Gen.Bool, (lang, others, langFirst) =>
        langFirst ? lang + string.Concat(others) : string.Concat(others) + lang);

    private static readonly Gen<string> Void = Gen.Select(
        Gen.OneOf("br", "img", "wbr", "input", "BR"), Attributes, Gen.OneOf(">", "/>", " />"),
        (name, attributes, end) => $"<{name}{attributes}{end}");

    private static readonly Gen<string> Comment = Gen.OneOf(
        "<!-- Қазақ -->", "<!---->", "<!-- a -- b -->", "<!-->", "<!--->", "<!-- <Қ> --!>", "<!--Ч-->", "</Қ>", "<?Қ?>", "<!Қ>");

    private static readonly Gen<string> RawText = Gen.OneOf(
        "<script>var s = \"Қазақ </span> <b>\";</script>",
        "<script>if (a < b && c) { d = \"</scr\" + \"ipt>\"; } // </scriptx> Ч</script>",
        "<style>p::after { content: \"Қ\" }</style>",
        "<script type=\"application/ld+json\">{\"name\": \"Қазақ &amp; Ч\"}</script>");

    private static readonly Gen<string> TextArea = Gen.Select(Attributes, Text, (attributes, text) => $"<textarea{attributes}>{text}</textarea>");

    private static readonly Gen<string> PhrasingName = Gen.OneOf("span", "b", "i", "em", "strong", "small", "q", "abbr", "mark", "code", "SPAN", "Code");

    private static readonly Gen<string> BlockName = Gen.OneOf("div", "section", "blockquote", "article", "aside", "nav");

    private static readonly Gen<string> Body = Flow(3);

    private static readonly Gen<string> Page = Gen.Select(
        Gen.OneOf(" lang=\"kk\"", " lang=\"kk\"", " lang=\"ru\"", "", " lang=\"kk-Latn\"", " class=\"x\" lang=kk", " lang"),
        Text,
        Attributes,
        Body,
        (rootLang, title, bodyAttributes, body) =>
            $"<!DOCTYPE html>\n<html{rootLang}>\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n</head>\n<body{bodyAttributes}>\n{body}\n</body>\n</html>\n");

    /// <summary>Where the page is cut into the chunks it is written in.</summary>
    private static readonly Gen<int[]> Cuts = Gen.Int[0, int.MaxValue].Array[0, 16];

    [Fact]
    public void GeneratedPages_WrittenInAnyChunks_ParseToTheTreeTheDomTransliterationMakes_WithTheirMarkupKept() =>
        Gen.Select(Page, Cuts).Sample((page, cuts) =>
        {
            var whole = LatinPageWriter.Transliterate(page);

            Assert.Equal(whole, WriteInChunks(page, cuts));
            Assert.Equal(LatinPageOracle.TransliteratedDom(page), LatinPageOracle.Dom(whole));
            Assert.Equal(MarkupSkeleton.Of(page), MarkupSkeleton.Of(whole));
        }, iter: 2000);

    private static string WriteInChunks(string page, int[] cuts)
    {
        var ends = cuts.Select(c => c % (page.Length + 1)).Append(page.Length).Order().ToArray();
        using var text = new StringWriter();
        using (var writer = new LatinPageWriter(text, leaveOpen: true))
        {
            var start = 0;
            foreach (var end in ends)
            {
                writer.Write(page.AsSpan(start, end - start));
                start = end;
            }
        }

        return text.ToString();
    }

    private static Gen<string> Element(Gen<string> name, Gen<string> content) =>
        Gen.Select(name, Attributes, content, (n, attributes, inner) => $"<{n}{attributes}>{inner}</{n.ToLowerInvariant()}>");

    /// <summary>Phrasing content: what a p, a span or a code holds.</summary>
    private static Gen<string> Inline(int depth)
    {
        var parts = new List<(int, IGen<string>)> { (6, Text), (1, Void), (1, Comment), (1, RawText), (1, TextArea) };
        if (depth > 0)
        {
            parts.Add((4, Element(PhrasingName, Inline(depth - 1))));
        }

        return Gen.Frequency([.. parts]).Array[1, 5].Select(string.Concat);
    }

    /// <summary>Flow content: what a div or an li holds.</summary>
    private static Gen<string> Flow(int depth)
    {
        var parts = new List<(int, IGen<string>)> { (3, Inline(depth)) };
        if (depth > 0)
        {
            parts.Add((2, Element(BlockName, Flow(depth - 1))));
            parts.Add((2, Element(Gen.OneOf("p", "pre"), Inline(depth - 1))));
            parts.Add((1, Element(Gen.Const("ul"), Element(Gen.Const("li"), Flow(depth - 1)).Array[1, 3].Select(string.Concat))));
        }

        return Gen.Frequency([.. parts]).Array[1, 4].Select(string.Concat);
    }
}
