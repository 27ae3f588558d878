using KzEdition.Search;

namespace KzEdition.Tests.Search;

/// <summary>
/// tests/vectors/stemmer.json through both implementations: the C# stemmers the index uses and
/// the JavaScript ones the search page uses. A vector that fails in one and not the other means
/// the two have drifted apart.
/// </summary>
public sealed class StemmerVectorTests
{
    [Fact]
    public void TheVectors_CoverEnoughWordsOfEachLanguage()
    {
        var vectors = StemmerVector.All;

        Assert.True(vectors.Count(v => v is { Lang: "kk", Source: "corpus" }) >= 300);
        Assert.True(vectors.Count(v => v is { Lang: "kk", Source: "handcrafted" }) >= 80);
        Assert.True(vectors.Count(v => v.Lang == "ru") >= 100);
        Assert.All(vectors, v => Assert.Contains(v.Lang, WordStemmer.Languages));
        Assert.Equal(vectors.Count, vectors.Select(v => (v.Lang, v.Word)).Distinct().Count());
    }

    [Fact]
    public void TheCSharpStemmers_GiveEveryExpectedStem()
    {
        var failures = StemmerVector.All
            .Select(v => (Vector: v, Actual: WordStemmer.Stem(v.Word, v.Lang)))
            .Where(r => r.Actual != r.Vector.Stem)
            .Select(r => $"{r.Vector} but got {r.Actual}")
            .ToArray();

        Assert.Empty(failures);
    }

    [Fact]
    public void TheJavaScriptStemmers_GiveEveryExpectedStem()
    {
        using var javaScript = new JavaScriptStemmer();

        var failures = StemmerVector.All
            .Select(v => (Vector: v, Actual: javaScript.Stem(v.Word, v.Lang)))
            .Where(r => r.Actual != r.Vector.Stem)
            .Select(r => $"{r.Vector} but got {r.Actual}")
            .ToArray();

        Assert.Empty(failures);
    }
}
