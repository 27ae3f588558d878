using System.Collections.Immutable;
using AngleSharp.Html.Parser;
using KzEdition.Building;
using KzEdition.Editorial;
using KzEdition.Engine;
using KzEdition.Indexing;
using KzEdition.Model;
using KzEdition.Modules;
using KzEdition.Tests.Engine;
using KzEdition.Tests.Indexing;
using Document = KzEdition.Engine.Document;

namespace KzEdition.Tests.Modules;

public sealed class LinkIndexTermsTests
{
    private const string Body =
        "<h2>НАТО-ның тарихы</h2>" +
        "<p id=\"p1\"><a class=\"pnum\" href=\"#p1\">1</a> <a href=\"https://example.org\">НАТО</a> сайты; <a class=\"citation\" href=\"#ref-1\">[1]</a> НАТО-ның Бас хатшысы Астанада, НАТО-мен бірге.</p>" +
        "<p id=\"p2\"><a class=\"pnum\" href=\"#p2\">2</a> Астанадағы НАТО-ға <code>НАТО</code> Ресей.</p>";

    private static async Task<AngleSharp.Dom.IElement> Linked()
    {
        var editorial = EditorialDecisions.None with
        {
            Terms =
            [
                new TermDecision(new EditorialPosition("t.yml", 1, 1), "Солтүстік Атлантикалық келісім ұйымы", TermType.Organisation, [], null, null) { Acronyms = ["НАТО"] },
                new TermDecision(new EditorialPosition("t.yml", 2, 1), "Астана", TermType.Place, [], null, null),
            ],
        };
        var indexed = EditionIndexBuilderTests.Article("x", "kk", "НАТО-ның Бас хатшысы Астанада.");
        var index = EditionIndexBuilder.Build([indexed], editorial);
        var article = Document.Create(null, "articles/x/index.html", Body).With(Keys.Article, indexed.Article).With(Keys.BodyHtml, Body);
        var engine = new KzEdition.Engine.Engine(
        [
            new Pipeline(PipelineNames.Indices).WithProcess(new SourceModule(Document.Create(null, null, "").With(Keys.EditionIndex, index))),
            new Pipeline(PipelineNames.Articles).WithProcess(new SourceModule(article)).WithPostProcess(new LinkIndexTerms()),
        ]);
        var result = await engine.RunAsync(TestContext.Current.CancellationToken);
        var html = result.Outputs[PipelineNames.Articles].Single().Get<string>(Keys.BodyHtml);
        return new HtmlParser().ParseDocument("<body>" + html + "</body>").Body!;
    }

    [Fact]
    public async Task LinksTheFirstMentionOfEachEntry_OutsideHeadingsLinksCitationsAndCode()
    {
        var body = await Linked();

        var terms = body.QuerySelectorAll("a.term").ToList();
        Assert.Equal(["НАТО-ның", "Астанада"], terms.Select(t => t.TextContent));
        Assert.Equal(["../../index/organisations/index.html#soltustik-atlantikalyq-kelisim-uiymy", "../../index/places/index.html#astana"], terms.Select(t => t.GetAttribute("href")));
        Assert.Empty(body.QuerySelectorAll("h2 a, a a, code a"));
    }

    [Fact]
    public async Task MarksAnAcronymWithItsExpansion_LeavingTheEndingOutside()
    {
        var abbr = Assert.Single((await Linked()).QuerySelectorAll("a.term abbr"));

        Assert.Equal(("НАТО", "Солтүстік Атлантикалық келісім ұйымы"), (abbr.TextContent, abbr.GetAttribute("title")));
        Assert.Equal("-ның", abbr.NextSibling?.TextContent);
    }

    [Fact]
    public async Task LeavesTheTextAsItWas()
    {
        var before = new HtmlParser().ParseDocument("<body>" + Body + "</body>").Body!;

        Assert.Equal(before.TextContent, (await Linked()).TextContent);
    }
}
