using CsCheck;
using KzEdition.Cleaning;
using KzEdition.Tests.Cleaning.Oracles;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Cleaning;

/// <summary>A source's vocabulary, read in one pass with no string a word, equals the oracle's (the code it replaced): words and case counts, in order.</summary>
public sealed class SourceVocabularyOracleTests
{
    [Fact]
    public void Of_TheRealCorpus_EqualsTheOracle()
    {
        foreach (var (name, text) in ScannedTexts.Real.Concat(WitnessCorpus.Sources(baseArticles: 60)))
        {
            AssertSame(SourceVocabularyOracle.Of(text), SourceVocabulary.Of(text), name);
        }
    }

    [Fact]
    public void Of_GeneratedText_EqualsTheOracle() =>
        ScannedTexts.Generated.Sample(text => AssertSame(SourceVocabularyOracle.Of(text), SourceVocabulary.Of(text), text), iter: ScannedTexts.Iterations, print: text => text);

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("а\n\nБ")]
    [InlineData("ҚАЗАҚСТАН МЕН НАТО\nҚазақстан мен НАТО-ның С. Хантингтон «Азия» дейді: Еуропа.")]
    public void Of_EdgeCases_EqualsTheOracle(string text) => AssertSame(SourceVocabularyOracle.Of(text), SourceVocabulary.Of(text), text);

    private static void AssertSame(SourceVocabulary expected, SourceVocabulary actual, string what)
    {
        Assert.True(expected.Words.SequenceEqual(actual.Words, StringComparer.Ordinal), $"words of {what}");
        Assert.True(expected.Cases.SequenceEqual(actual.Cases), $"cases of {what}");
    }
}
