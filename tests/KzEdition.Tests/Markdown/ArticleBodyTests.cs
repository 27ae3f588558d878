using AngleSharp.Html.Parser;
using KzEdition.Markdown;
using KzEdition.Markdown.Extensions.CitationLinks;
using KzEdition.Markdown.Rendering;
using Markdig.Syntax;

namespace KzEdition.Tests.Markdown;

public sealed class ArticleBodyTests
{
    private static readonly Markdig.MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();

    private static readonly HtmlParser Parser = new();

    /// <summary>An article with a heading, numbered paragraphs, citations, an editor's link out of the article and one to the top.</summary>
    private const string Markdown =
        "## Кіріспе\n\n" +
        "НАТО-ның саясаты [2].\n\n" +
        "Астанада өтті; [5] [НАТО сайты](https://www.nato.int/) мен [жоғары](#) және [әдебиет](#ref-1).";

    private static readonly ArticleBody Body = ArticleBody.Parse(Markdown, Pipeline, new CitationFacts(2, true));

    [Fact]
    public void SearchPassages_AreTheParagraphs_WithTheTablesAndListsAfterThem_AndTheHeadingsBefore()
    {
        const string markdown =
            "Кіріспе сөз.\n\n" +
            "## Мақсаттар\n\n" +
            "Бағыттар:\n\n" +
            "- Tempus бағдарламасы\n- транзит\n\n" +
            "| Ел | Жыл |\n|---|---|\n| Бишкек | 2009 |\n\n" +
            "Соңғы абзац.\n\n" +
            "## Қорытынды";
        var body = ArticleBody.Parse(markdown, Pipeline);

        Assert.Equal(["Кіріспе сөз.", "Бағыттар:", "Соңғы абзац."], body.Paragraphs.Select(p => p.Text));
        Assert.Equal(
            ["Кіріспе сөз.", "Мақсаттар\nБағыттар:\nTempus бағдарламасы\nтранзит\nЕл\nЖыл\nБишкек\n2009", "Соңғы абзац.\nҚорытынды"],
            body.SearchPassages.Select(p => p.Text));
        Assert.Equal([1, 2, 3], body.SearchPassages.Select(p => p.Number));
    }

    [Fact]
    public void Print_PrefixesEveryId_AndTheLinksToThem()
    {
        var html = Parser.ParseDocument(Body.RenderHtml(BodyRenderOptions.Print("maqala")));

        Assert.Equal(["maqala--кіріспе", "maqala--p1", "maqala--p2"], html.QuerySelectorAll("[id]").Select(e => e.Id));
        Assert.Equal(["#maqala--p1", "#maqala--ref-2", "#maqala--p2", "#maqala--no-references", "#maqala--ref-1"], html.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")));
    }

    /// <summary>
    /// A print paragraph keeps its spaces (print.css: pre-wrap, so the PDF's tags keep the space
    /// where a line broke): no line feed in it, a soft break a space, a hard break a &lt;br&gt;
    /// alone, no space after the number. The site's rendering keeps Markdig's line feeds.
    /// </summary>
    [Theory]
    [InlineData("a  \n b\nc", "a<br>b c", "a<br>\nb\nc")]
    [InlineData("белгі  \n[1] x", "белгі<br>[1] x", "белгі<br>\n[1] x")]
    // CsCheck seed eYckKHK6Jgff: a paragraph whose text opens with a line feed (an entity), then a
    // spaced dash. The line feed is a space of the text, not the number's, so the dash gets its
    // no-break space before it like any spaced dash.
    [InlineData("&#10;-\nхалық", "&nbsp;- халық", "\n-\nхалық")]
    public void Print_WritesAParagraphsLineBreaksAsSpaces_AndNoSpaceAfterItsNumber(string markdown, string print, string site)
    {
        var body = ArticleBody.Parse(markdown, MarkdownPipelineFactory.Create());

        Assert.EndsWith($"title=\"¶ 1\">1</a>{print}</p>\n", KzEdition.Text.Hyphenation.Remove(body.RenderHtml(BodyRenderOptions.Print("m"))), StringComparison.Ordinal);
        Assert.EndsWith($"title=\"¶ 1\">1</a> {site}</p>\n", body.RenderHtml(BodyRenderOptions.Plain), StringComparison.Ordinal);
    }

    [Fact]
    public void Print_UnwrapsLinksOutOfTheArticleAndEmptyFragments_KeepingEveryWord()
    {
        var before = Parser.ParseDocument(Body.RenderHtml(BodyRenderOptions.Plain));
        var after = Parser.ParseDocument(Body.RenderHtml(BodyRenderOptions.Print("maqala")));

        // Every word kept; print only makes spaces unbreakable and marks where words may break
        // (PrintTypography), and writes no space after a paragraph's number (it stands in the margin).
        foreach (var number in before.QuerySelectorAll(".pnum"))
        {
            number.TextContent += " ";
            number.NextSibling!.TextContent = number.NextSibling.TextContent.TrimStart(' ');
        }

        foreach (var number in after.QuerySelectorAll(".pnum"))
        {
            number.TextContent += " ";
        }

        Assert.Equal(before.Body!.TextContent, KzEdition.Text.Hyphenation.Remove(after.Body!.TextContent).Replace('\u00A0', ' '));
        Assert.Contains("НАТО сайты мен жоғары және", KzEdition.Text.Hyphenation.Remove(after.Body.InnerHtml), StringComparison.Ordinal);
    }

    [Fact]
    public void Print_HasNoCrossLinks()
    {
        Assert.DoesNotContain("class=\"term\"", Body.RenderHtml(BodyRenderOptions.Print("maqala")), StringComparison.Ordinal);
    }

    [Fact]
    public void Renderings_OfOneBody_MayRunAtOnce()
    {
        var expected = new[] { BodyRenderOptions.Plain, BodyRenderOptions.Print("a"), BodyRenderOptions.Site(TestIndex.Index, "../../", "kk") }
            .Select(Body.RenderHtml).ToArray();

        var rendered = new string[600];
        Parallel.For(0, rendered.Length, i => rendered[i] = Body.RenderHtml(i % 3 == 0 ? BodyRenderOptions.Plain : i % 3 == 1 ? BodyRenderOptions.Print("a") : BodyRenderOptions.Site(TestIndex.Index, "../../", "kk")));

        Assert.All(rendered.Select((html, i) => (html, i)), r => Assert.Equal(expected[r.i % 3], r.html));
    }

    [Fact]
    public void Rendering_LeavesTheTreeAsItWas()
    {
        var body = ArticleBody.Parse(Markdown, Pipeline, new CitationFacts(2, true));
        var tree = Tree(body);
        var first = body.RenderHtml(BodyRenderOptions.Site(TestIndex.Index, "../../", "kk"));
        _ = body.RenderHtml(BodyRenderOptions.Print("a"));

        Assert.Equal(tree, Tree(body));
        Assert.Equal(first, body.RenderHtml(BodyRenderOptions.Site(TestIndex.Index, "../../", "kk")));
    }

    private static string Tree(ArticleBody body) => string.Join('\n', body.Document.Descendants().Select(node => node switch
    {
        Markdig.Syntax.Inlines.LiteralInline literal => "literal " + literal.Content,
        CitationLink link => "citation " + link.Marker + " " + link.Target,
        _ => node.GetType().Name,
    }));

    [Fact]
    public void Parse_AsksForTheEditionsPipeline()
    {
        Assert.Throws<ArgumentException>(() => ArticleBody.Parse("Мәтін", new Markdig.MarkdownPipelineBuilder().Build()));
    }
}
