using AngleSharp.Html.Parser;
using KzEdition.Markdown;
using KzEdition.Markdown.Extensions.CitationLinks;
using KzEdition.Markdown.Rendering;

namespace KzEdition.Tests.Markdown.Extensions.CitationLinks;

public sealed class CitationLinkExtensionTests
{
    private static readonly Markdig.MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();

    private static List<(string Text, string Href)> Citations(string markdown, CitationFacts? facts)
    {
        var html = ArticleBody.Parse(markdown, Pipeline, facts).RenderHtml(BodyRenderOptions.Plain);
        return [.. new HtmlParser().ParseDocument(html).QuerySelectorAll("a.citation").Select(a => (a.TextContent, a.GetAttribute("href")!))];
    }

    [Fact]
    public void LinksEachMarker_ToItsFirstNumbersEntry()
    {
        Assert.Equal(
            [("[1]", "#ref-1"), ("[2, 18-19 б.]", "#ref-2"), ("[3; 1]", "#ref-3"), ("/2/", "#ref-2"), ("/1, 3/", "#ref-1")],
            Citations("Мәтін [1], [2, 18-19 б.] және [3; 1].\n\nОрыс журналы /2/ және /1, 3/.", new CitationFacts(3, false)));
    }

    [Fact]
    public void LinksAMarkerBeyondTheList_ToTheNoReferencesNote_OrElseToTheLastEntry()
    {
        Assert.Equal([("[7]", "#no-references"), ("[0]", "#no-references")], Citations("[7] және [0]", new CitationFacts(2, true)));
        Assert.Equal([("[7]", "#ref-2"), ("[1]", "#ref-1")], Citations("[7] және [1]", new CitationFacts(2, false)));
        Assert.Equal([("[1]", "#no-references")], Citations("[1]", new CitationFacts(0, true)));
    }

    /// <summary>Found by the libFuzzer harness (tests/fuzz-corpus/cleaner/citation-number-past-int.txt): int.Parse threw.</summary>
    [Fact]
    public void LinksAMarkerWhoseNumberNoListHas_ToTheNoteOrTheLastEntry_EvenPastIntsRangeOrInAnotherScript()
    {
        Assert.Equal([("[99999999999999999999]", "#ref-2"), ("[١]", "#ref-2")], Citations("[99999999999999999999] және [١]", new CitationFacts(2, false)));
        Assert.Equal([("[99999999999999999999]", "#no-references")], Citations("[99999999999999999999]", new CitationFacts(2, true)));
    }

    [Fact]
    public void LeavesMarkersAlone_WithoutAListOrTheNote_OrWithoutFacts()
    {
        Assert.Empty(Citations("[1] және /2/", new CitationFacts(0, false)));
        Assert.Empty(Citations("[1] және /2/", null));
    }

    [Fact]
    public void LeavesMarkersInHeadingsLinksAndCode_AsText()
    {
        Assert.Equal([("[2]", "#ref-2")], Citations("## Тақырып [1]\n\n[[1]](https://x.kz) `[1]` [2]", new CitationFacts(3, false)));
    }

    [Fact]
    public void FindsMarkersWholeAsTheReaderSeesThem_AcrossEntitiesLineBreaksAndEmphasisBoundaries()
    {
        Assert.Equal(
            [("[1]", "#ref-1"), ("[2,\n18 б.]", "#ref-2"), ("[3]", "#ref-3")],
            Citations("Мәтін &#91;1&#93; және [2,\n18 б.] және *[3]* бірақ *[1*] емес.", new CitationFacts(3, false)));
    }

    [Fact]
    public void FindsAMarkerThatBeginsAnUnclosedBracket()
    {
        Assert.Equal([("[5,\n3]", "#ref-3")], Citations("*халықаралық[5,\n3][7](#ref-7) Назарбаев*", new CitationFacts(3, false)));
    }

    [Fact]
    public void LinksMarkersInMaths_WhichTheDomReadsAsRunningText()
    {
        Assert.Equal([("[1]", "#ref-1"), ("[2]", "#ref-2")], Citations("$НАТО [1]$\n\n$$\nx [2]\n$$\n", new CitationFacts(3, false)));
    }

    [Fact]
    public void KeepsTheTextAroundTheLinks()
    {
        var html = ArticleBody.Parse("Алдында [1] арасында [2] соңында", Pipeline, new CitationFacts(2, false)).RenderHtml(BodyRenderOptions.Plain);

        Assert.Equal("Алдында [1] арасында [2] соңында", new HtmlParser().ParseDocument(html).QuerySelector("p")!.TextContent[2..]);
    }
}
