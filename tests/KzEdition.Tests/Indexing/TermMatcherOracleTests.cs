using CsCheck;
using KzEdition.Editorial;
using KzEdition.Indexing;
using KzEdition.Markdown;
using KzEdition.Model;
using KzEdition.Tests.Indexing.Oracles;
using KzEdition.Tests.Markdown;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Indexing;

/// <summary>
/// The matcher, its keys in one buffer and its stems looked up as spans, finds exactly the mentions
/// the oracle (the code it replaced) finds: with the real edition's index over every article and
/// the real sources, in Kazakh and Russian, and with generated spellings over generated text.
/// </summary>
public sealed class TermMatcherOracleTests(RealEditionArticles edition) : IClassFixture<RealEditionArticles>
{
    [Fact]
    public void Matches_TheRealIndexOverTheRealCorpus_EqualTheOracle()
    {
        var spellings = new[] { TermType.Acronym, TermType.Person, TermType.Organisation, TermType.Place, TermType.Keyword }
            .Select(kind => edition.Index.Entries.Where(e => e.Type == kind).SelectMany(e => e.Spellings.Select(s => (s, EditionIndex.KeyOf(e)))).ToList())
            .Append([.. edition.Index.Entries.Where(e => e.Type != TermType.Keyword).SelectMany(e => e.Spellings.Select(s => (s, EditionIndex.KeyOf(e))))])
            .ToList();
        var texts = edition.Articles.SelectMany(a => ArticleBody.Parse(a.Markdown, edition.Pipeline).Paragraphs.Select(p => p.Text))
            .Concat(ScannedTexts.Real.Select(t => t.Text))
            .ToList();
        Assert.NotEmpty(edition.Index.Mentions.Matches(string.Join('\n', texts), "kk"));
        foreach (var set in spellings)
        {
            var (matcher, oracle) = (new TermMatcher(set), new TermMatcherOracle(set));
            foreach (var text in texts)
            {
                Assert.Equal(oracle.Matches(text, "kk"), matcher.Matches(text, "kk"));
                Assert.Equal(oracle.Matches(text, "ru"), matcher.Matches(text, "ru"));
            }
        }
    }

    [Fact]
    public void Matches_GeneratedSpellingsOverGeneratedText_EqualTheOracle()
    {
        // Spellings of one to three words from the generator's stems, as the index has them (capitals, capitalised, lower case).
        var spelling = Gen.Select(Gen.OneOf(ScannedTexts.Stems).Array[1, 3], Gen.OneOf(" ", ".", ". ", "-"), Gen.Int[0, 5], (words, joint, entry) => (string.Join(joint, words), $"e{entry}"));
        Gen.Select(spelling.Array[0, 12], ScannedTexts.Generated).Sample((spellings, text) =>
        {
            var (matcher, oracle) = (new TermMatcher(spellings), new TermMatcherOracle(spellings));
            Assert.Equal(oracle.Matches(text, "kk"), matcher.Matches(text, "kk"));
            Assert.Equal(oracle.Matches(text, "ru"), matcher.Matches(text, "ru"));
        }, iter: ScannedTexts.Iterations * 5, print: t => $"{string.Join(" | ", t.Item1)}\n{t.Item2}");
    }

    [Fact]
    public void Matches_TheCuratedTermsOverEveryStemAndEnding_EqualTheOracle()
    {
        var terms = EditorialLoader.Load(RepoPaths.Input, "input").Terms;
        var spellings = terms.SelectMany(t => t.Variants.Prepend(t.Name).Concat(t.Acronyms).Select(s => (s, t.Name))).ToList();
        var (matcher, oracle) = (new TermMatcher(spellings), new TermMatcherOracle(spellings));
        foreach (var (word, _) in spellings)
        {
            foreach (var ending in ScannedTexts.Endings.Prepend(""))
            {
                foreach (var text in new[] { word + ending, $"{word}-{ending} және {word.ToUpperInvariant()}{ending}", $"«{word.ToLowerInvariant()}{ending}»" })
                {
                    Assert.Equal(oracle.Matches(text, "kk"), matcher.Matches(text, "kk"));
                    Assert.Equal(oracle.Matches(text, "ru"), matcher.Matches(text, "ru"));
                }
            }
        }
    }
}
