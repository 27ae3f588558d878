using AngleSharp.Html.Parser;
using KzEdition.Printing;

namespace KzEdition.Tests.Printing;

public sealed class PrintBodyTests
{
    private static readonly HtmlParser Parser = new();

    private const string Body =
        "<h2 id=\"kirispe\">Кіріспе</h2>\n" +
        "<p id=\"p1\"><a class=\"pnum\" href=\"#p1\" title=\"¶ 1\">1</a> НАТО-ның саясаты <a class=\"citation\" href=\"#ref-2\">[2]</a>.</p>\n" +
        "<p id=\"p2\"><a class=\"pnum\" href=\"#p2\">2</a> <a class=\"term\" href=\"../../index/places/index.html#astana\">Астанада</a> өтті; <a href=\"#no-references\">[5]</a></p>";

    [Fact]
    public void Rewrite_PrefixesEveryId_AndTheLinksToThem()
    {
        var html = Parser.ParseDocument(PrintBody.Rewrite(Body, "maqala"));

        Assert.Equal(["maqala--kirispe", "maqala--p1", "maqala--p2"], html.QuerySelectorAll("[id]").Select(e => e.Id));
        Assert.Equal(["#maqala--p1", "#maqala--ref-2", "#maqala--p2", "#maqala--no-references"], html.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Rewrite_UnwrapsLinksOutOfTheArticle_KeepingEveryWord()
    {
        var before = Parser.ParseDocument(Body);
        var after = Parser.ParseDocument(PrintBody.Rewrite(Body, "maqala"));

        Assert.Empty(after.QuerySelectorAll("a.term"));
        Assert.Equal(before.Body!.TextContent, after.Body!.TextContent);
        Assert.Contains("<p id=\"maqala--p2\"><a class=\"pnum\" href=\"#maqala--p2\">2</a> Астанада өтті;", after.Body.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Rewrite_LeavesABodyWithoutIdsOrLinksAsItWas()
    {
        const string Plain = "<p>Қазақстан мен НАТО</p>";

        Assert.Equal(Plain, PrintBody.Rewrite(Plain, "x"));
    }

    [Fact]
    public void Rewrite_UnwrapsEmptyFragmentsAndExternalLinks_KeepingTheirText()
    {
        const string Links = "<p><a href=\"#\">жоғары</a> мен <a href=\"https://www.nato.int/\">НАТО сайты</a></p>";

        Assert.Equal("<p>жоғары мен НАТО сайты</p>", PrintBody.Rewrite(Links, "x"));
    }
}
