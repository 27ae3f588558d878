using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KzEdition.Editorial;
using KzEdition.Indexing;
using KzEdition.Markdown;
using KzEdition.Markdown.Extensions.CitationLinks;
using KzEdition.Markdown.Rendering;
using KzEdition.Model;
using KzEdition.Tests.Indexing;

namespace KzEdition.Tests.Markdown.Extensions.IndexLinks;

/// <summary>The cross-links to the index, as Modules/LinkIndexTermsTests tested them when they were made with AngleSharp.</summary>
public sealed class IndexLinkExtensionTests
{
    private const string Markdown =
        "## НАТО-ның тарихы\n\n" +
        "[НАТО](https://example.org) сайты; [1] НАТО-ның Бас хатшысы Астанада, НАТО-мен бірге.\n\n" +
        "Астанадағы НАТО-ға `НАТО` Ресей.";

    private static readonly EditionIndex Index = EditionIndexBuilder.Build(
        [EditionIndexBuilderTests.Article("x", "kk", "НАТО-ның Бас хатшысы Астанада.")],
        EditorialDecisions.None with
        {
            Terms =
            [
                new TermDecision(new EditorialPosition("t.yml", 1, 1), "Солтүстік Атлантикалық келісім ұйымы", TermType.Organisation, [], null, null) { Acronyms = ["НАТО"] },
                new TermDecision(new EditorialPosition("t.yml", 2, 1), "Астана", TermType.Place, [], null, null),
            ],
        });

    private static readonly ArticleBody Body = ArticleBody.Parse(Markdown, MarkdownPipelineFactory.Create(), new CitationFacts(1, false));

    private static IElement Linked(string root = "../../") =>
        new HtmlParser().ParseDocument("<body>" + Body.RenderHtml(BodyRenderOptions.Site(Index, root, "kk")) + "</body>").Body!;

    [Fact]
    public void LinksTheFirstMentionOfEachEntry_OutsideHeadingsLinksCitationsAndCode()
    {
        var body = Linked();

        var terms = body.QuerySelectorAll("a.term").ToList();
        Assert.Equal(["НАТО-ның", "Астанада"], terms.Select(t => t.TextContent));
        Assert.Equal(["../../index/organisations/index.html#soltustik-atlantikalyq-kelisim-uiymy", "../../index/places/index.html#astana"], terms.Select(t => t.GetAttribute("href")));
        Assert.Empty(body.QuerySelectorAll("h2 a, a a, code a"));
    }

    [Fact]
    public void MarksAnAcronymWithItsExpansion_LeavingTheEndingOutside()
    {
        var abbr = Assert.Single(Linked().QuerySelectorAll("a.term abbr"));

        Assert.Equal(("НАТО", "Солтүстік Атлантикалық келісім ұйымы"), (abbr.TextContent, abbr.GetAttribute("title")));
        Assert.Equal("-ның", abbr.NextSibling?.TextContent);
    }

    [Fact]
    public void LeavesTheTextAsItWas()
    {
        var before = new HtmlParser().ParseDocument("<body>" + Body.RenderHtml(BodyRenderOptions.Plain) + "</body>").Body!;

        Assert.Equal(before.TextContent, Linked().TextContent);
    }

    [Fact]
    public void LinksFromThePageItIsRenderedFor()
    {
        Assert.All(Linked("../../../").QuerySelectorAll("a.term"), a => Assert.StartsWith("../../../index/", a.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public void LinksNothing_WithoutAnIndex()
    {
        Assert.Equal(Body.RenderHtml(BodyRenderOptions.Plain), Body.RenderHtml(BodyRenderOptions.Site((EditionIndex?)null, "../../", "kk")));
        Assert.Equal(Body.RenderHtml(BodyRenderOptions.Plain), Body.RenderHtml(BodyRenderOptions.Site(EditionIndex.Empty, "../../", "kk")));
    }
}
