using KzEdition.Search;
using KzEdition.Tests.EndToEnd;

namespace KzEdition.Tests.Search;

/// <summary>The browser's search over the real edition's index, run in Jint.</summary>
public sealed class SearchJavaScriptTests(BuiltEdition edition) : IClassFixture<BuiltEdition>
{
    [Fact]
    public void Key_IsTheSameInTheBrowserAsInTheIndex_ForEveryWordOfTheEdition()
    {
        using var search = new JavaScriptSearch(edition.Output);
        var differing = RealCorpusWords.All.Where(w => search.Key(w) != SearchKey.Of(w)).Take(10).ToList();

        Assert.Empty(differing);
    }

    [Theory]
    [InlineData("Қазақстанға")]   // another case than most mentions
    [InlineData("Qazaqstan")]     // Latin script
    [InlineData("казакстан")]     // typed without Kazakh letters
    [InlineData("QAZAQSTAN")]
    public void Search_FindsEveryFormAndScriptOfAWord_TheSameParagraphs(string query)
    {
        using var search = new JavaScriptSearch(edition.Output);

        Assert.Equal(search.Search("Қазақстан"), search.Search(query));
    }

    [Fact]
    public void Search_FindsAnAcronymWithItsEnding_AndLinksToTheParagraph()
    {
        using var search = new JavaScriptSearch(edition.Output);

        var results = search.Search("ПАРП-тың");

        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.Matches(@"^articles/[a-z0-9-]+/index\.html#p[0-9]+$", r));
        Assert.Equal(search.Search("ПАРП"), results);
    }

    [Fact]
    public void Search_OfAPhrase_KeepsOnlyParagraphsWithTheWordsInOrder()
    {
        using var search = new JavaScriptSearch(edition.Output);

        var phrase = search.Search("\"Орталық Азия\"", "{ limit: 200 }");
        var words = search.Search("Азия Орталық", "{ limit: 200 }");
        var reversed = search.Search("\"Азия Орталық\"", "{ limit: 200 }");

        Assert.NotEmpty(phrase);
        Assert.All(phrase, p => Assert.Contains(p, words));
        Assert.True(reversed.Count < words.Count, $"{reversed.Count} paragraphs with 'Азия Орталық' in that order, {words.Count} with both words");
    }

    [Fact]
    public void Search_WhileTyping_MatchesTheLastWordAsAPrefix()
    {
        using var search = new JavaScriptSearch(edition.Output);

        Assert.Empty(search.Search("Схефф"));
        Assert.Equal(search.Search("Схеффер"), search.Search("Схефф", "{ typing: true }"));
    }

    [Fact]
    public void Search_FiltersByLanguage()
    {
        using var search = new JavaScriptSearch(edition.Output);

        Assert.NotEmpty(search.Search("Назарбаев", "{ lang: 'ru' }"));
        Assert.All(search.Search("Назарбаев", "{ lang: 'ru' }"), r => Assert.Contains("opyt-istoriko", r, StringComparison.Ordinal));
        Assert.DoesNotContain(search.Search("Назарбаев", "{ lang: 'kk' }"), r => r.Contains("opyt-istoriko", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_HighlightsTheMatchedWordsInTheSnippet()
    {
        using var search = new JavaScriptSearch(edition.Output);

        var answer = search.Raw("Робертсонмен");

        Assert.Contains("<mark>Робертсон", answer, StringComparison.Ordinal);
    }
}
