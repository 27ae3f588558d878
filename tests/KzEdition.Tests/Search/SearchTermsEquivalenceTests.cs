using CsCheck;
using KzEdition.Search;
using KzEdition.Tests.Search.Oracles;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Search;

/// <summary>
/// The search terms of a paragraph are what they were before the step was made faster: the
/// stemmers, the search key and <see cref="SearchParagraph.Of"/> against their old code, kept as
/// oracles (<c>Search/Oracles</c>), on every word and paragraph of the real corpus and on generated
/// text (<see cref="SearchTextGen"/>). KZEDITION_PROPERTY_ITERATIONS sets how many texts (default 2,000).
/// </summary>
public sealed class SearchTermsEquivalenceTests
{
    private static readonly long Iterations =
        long.TryParse(Environment.GetEnvironmentVariable("KZEDITION_PROPERTY_ITERATIONS"), out var iterations) ? iterations * 5 : 2_000;

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public void EveryWordOfTheCorpus_StemsAndKeysAsBefore(string language)
    {
        var differences = RealCorpusWords.All
            .Select(word => (Word: word, Stem: WordStemmer.Stem(word, language), Before: SearchParagraphOracle.Stem(word, language)))
            .Where(r => r.Stem != r.Before || SearchKey.Of(r.Stem) != SearchKeyOracle.Of(r.Before) || SearchKey.Of(r.Word) != SearchKeyOracle.Of(r.Word))
            .Select(r => $"{r.Word}: {r.Stem} ({SearchKey.Of(r.Stem)}), before {r.Before} ({SearchKeyOracle.Of(r.Before)})")
            .ToArray();

        Assert.Empty(differences);
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    [InlineData("en")]
    public void EveryParagraphOfTheCorpus_HasTheTermsItHadBefore(string language)
    {
        var paragraphs = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests", "KzEdition.Tests", "Golden", "RealInput"), "*.md")
            .SelectMany(file => File.ReadAllText(file).Split("\n\n"))
            .ToArray();

        Assert.True(paragraphs.Length > 100, $"only {paragraphs.Length} paragraphs read");
        Assert.All(paragraphs, paragraph => AssertSameTerms(paragraph, language));
    }

    [Fact]
    public void GeneratedWords_StemAndKeyAsBefore()
    {
        Gen.Select(SearchTextGen.Word, Gen.OneOf("kk", "ru")).Sample((word, language) =>
        {
            var stem = WordStemmer.Stem(word, language);
            Assert.Equal(SearchParagraphOracle.Stem(word, language), stem);
            Assert.Equal(SearchKeyOracle.Of(stem), SearchKey.Of(stem));
            Assert.Equal(SearchKeyOracle.Of(word), SearchKey.Of(word));
        }, iter: Iterations * 10, print: t => $"{t.Item2}: «{t.Item1}» ({string.Join(' ', t.Item1.Select(c => $"U+{(int)c:X4}"))})");
    }

    [Fact]
    public void GeneratedText_HasTheTermsItHadBefore()
    {
        Gen.Select(SearchTextGen.Text, Gen.OneOf("kk", "ru", "en")).Sample(
            (text, language) => AssertSameTerms(text, language),
            iter: Iterations, print: t => $"{t.Item2}: «{t.Item1}»");
    }

    private static void AssertSameTerms(string text, string language)
    {
        var before = SearchParagraphOracle.Of(text, language);
        var now = SearchParagraph.Of(text, language);
        Assert.Equal(before.Length, now.Length);
        Assert.Equal(before.Terms.ToArray(), now.Terms.ToArray());
    }
}
