using CsCheck;
using KzEdition.Search;

namespace KzEdition.Tests.Search;

/// <summary>The remembered stems and keys are the stemmer's and the key's own, however many threads ask at once, and asked again.</summary>
public sealed class WordKeyCacheTests
{
    [Fact]
    public void AWordsStemAndKey_AreTheStemmersAndTheKeys_AskedFromManyThreadsAndAgain()
    {
        Gen.Select(SearchTextGen.Word, Gen.OneOf("kk", "ru")).Array[50, 200].Sample(words =>
        {
            var expected = words.Select(w => (Stem: WordStemmer.Stem(w.Item1, w.Item2), Lang: w.Item2)).Select(s => (s.Stem, SearchKey.Of(s.Stem))).ToArray();
            for (var round = 0; round < 2; round++)
            {
                var found = new (string, string)[words.Length];
                Parallel.For(0, words.Length, i => found[i] = WordKeyCache.Of(words[i].Item1, words[i].Item2));
                Assert.Equal(expected, found);
            }
        }, iter: 200);
    }
}
