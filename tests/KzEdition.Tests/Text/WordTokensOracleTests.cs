using CsCheck;
using KzEdition.Tests.Support;
using KzEdition.Tests.Text.Oracles;
using KzEdition.Text;

namespace KzEdition.Tests.Text;

/// <summary>The tokenizer and its keys, made without a StringBuilder, equal the oracle's (the code they replaced) everywhere.</summary>
public sealed class WordTokensOracleTests
{
    [Fact]
    public void SplitAndKeyOf_OnEveryCharacterInEveryPlace_EqualTheOracle()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            foreach (var text in new[] { $"{ch}", $"а{ch}б", $"{ch}А", $"\u0301{ch}", $"A{ch}{ch}" })
            {
                Assert.Equal(WordTokensOracle.Split(text), WordTokens.Split(text));
                Assert.Equal(WordTokensOracle.KeyOf(text), WordTokens.KeyOf(text));
            }
        }
    }

    [Fact]
    public void SplitAndKeyOf_OnTheRealCorpus_EqualTheOracle()
    {
        foreach (var (name, text) in ScannedTexts.Real)
        {
            Assert.True(WordTokensOracle.Split(text).SequenceEqual(WordTokens.Split(text)), name);
            Assert.Equal(WordTokensOracle.KeyOf(text), WordTokens.KeyOf(text));
            foreach (var line in text.Split('\n'))
            {
                Assert.Equal(WordTokensOracle.Split(line) is { Count: > 0 } words ? words[0].Key : "", WordTokens.FirstKey(line));
            }
        }
    }

    [Fact]
    public void SplitKeyOfAndFirstKey_OnGeneratedText_EqualTheOracle() =>
        ScannedTexts.Generated.Sample(text =>
        {
            Assert.Equal(WordTokensOracle.Split(text), WordTokens.Split(text));
            Assert.Equal(WordTokensOracle.KeyOf(text), WordTokens.KeyOf(text));
            Assert.Equal(WordTokensOracle.Split(text) is { Count: > 0 } words ? words[0].Key : "", WordTokens.FirstKey(text));
        }, iter: ScannedTexts.Iterations, print: text => text);

    [Fact]
    public void KeyOf_ALongWord_IsMadeWhole()
    {
        var word = string.Concat(Enumerable.Repeat("ҚАЗАҚ\u0301", 200));

        Assert.Equal(WordTokensOracle.KeyOf(word), WordTokens.KeyOf(word));
        Assert.Equal(WordTokensOracle.Split(word), WordTokens.Split(word));
    }
}
