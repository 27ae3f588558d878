using KzEdition.Search;

namespace KzEdition.Tests.Search;

/// <summary>
/// Every word of the real corpus through the C# and the JavaScript stemmers, in both languages:
/// a word the index stems one way and the search box another could never be found.
/// </summary>
public sealed class StemmerParityTests
{
    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public void TheCSharpAndJavaScriptStemmers_AgreeOnEveryWordOfTheCorpus(string language)
    {
        using var javaScript = new JavaScriptStemmer();
        var words = RealCorpusWords.All;

        var differences = words
            .Select(word => (Word: word, CSharp: WordStemmer.Stem(word, language), JavaScript: javaScript.Stem(word, language)))
            .Where(r => r.CSharp != r.JavaScript)
            .Select(r => $"{r.Word}: C# {r.CSharp}, JavaScript {r.JavaScript}")
            .ToArray();

        Assert.True(words.Count > 2500, $"only {words.Count} words read from the corpus");
        Assert.Empty(differences);
    }

    [Fact]
    public void TheCorpusWords_IncludeAcronymsStressMarksAndHyphens()
    {
        Assert.Contains("НАТО-ның", RealCorpusWords.All);
        Assert.Contains("НА\u0301ТО", RealCorpusWords.All);
        Assert.Contains("штаб-пәтері", RealCorpusWords.All);
    }
}
