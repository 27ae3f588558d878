using CsCheck;
using KzEdition.Cleaning;

namespace KzEdition.Tests.Cleaning;

/// <summary>
/// The witness pairs updated after a few articles changed (<see cref="WitnessPartners.Update"/>)
/// against the pairs found from nothing (<see cref="WitnessPartners.Find"/>, the index search):
/// on random texts of a small vocabulary, where texts share many 4-grams and containments fall on
/// every side of the threshold, and on the synthetic corpus with witnesses planted around it.
/// </summary>
public sealed class WitnessPartnersTests
{
    [Fact]
    public void AfterRandomEdits_TheUpdatedPairs_AreThePairsFoundFromNothing()
    {
        var word = Gen.OneOf("ел", "Ел", "жер", "су", "тау");
        var text = word.Array[0, 30];
        var article = Gen.Select(Gen.Int[0, 3], text);

        // An edit: an article's text, or its source, or both, replaced; a few edits a step, a few steps.
        var edit = Gen.Select(Gen.Int[0, 1000], Gen.Int[0, 3], text, Gen.Int[0, 2]);
        var threshold = Gen.OneOf(Gen.Double[0.01, 1.0], Gen.Const(WitnessMerger.SameArticleContainment));
        Gen.Select(article.Array[1, 25], edit.Array[0, 4].Array[1, 4], threshold).Sample((articles, steps, t) =>
        {
            var sources = articles.Select(a => a.Item1).ToArray();
            var signatures = articles.Select(a => Signature(a.Item2)).ToArray();
            var partners = WitnessPartners.Find(signatures, sources, t);
            foreach (var step in steps)
            {
                var changed = new bool[articles.Length];
                foreach (var (at, source, words, what) in step)
                {
                    var i = at % articles.Length;
                    if (what != 1)
                    {
                        signatures[i] = Signature(words);
                    }

                    if (what != 0)
                    {
                        sources[i] = source;
                    }

                    changed[i] = true;
                }

                partners.Update([.. signatures], [.. sources], changed);

                Assert.Equal(WitnessPartners.Find(signatures, sources, t).Pairs, partners.Pairs);
            }
        }, seed: "0N0XIzNsQ0O2", iter: 1000, threads: 1);
    }

    [Fact]
    public void OnTheSyntheticCorpusWithPlantedWitnesses_ArticlesMadeCopiesOrEmptied_GiveThePairsFoundFromNothing()
    {
        var segments = WitnessCorpus.Articles.Select(a => a.Segment).ToList();
        var signatures = segments.Select(WitnessSignature.Of).ToArray();
        var sources = WitnessMerger.SourceNumbers(segments);
        var partners = WitnessPartners.Find(signatures, sources, WitnessMerger.SameArticleContainment);
        var pairsBefore = partners.Pairs;

        // Article 3 becomes a copy of article 200 (a new witness pair, unless they share a source),
        // an article with witnesses loses its text, and one changes nothing though marked changed.
        var withWitness = partners.Pairs[0].First;
        var changed = new bool[signatures.Length];
        signatures[3] = signatures[200];
        signatures[withWitness] = Signature([]);
        changed[3] = changed[withWitness] = changed[7] = true;
        partners.Update(signatures, sources, changed);

        var found = WitnessPartners.Find(signatures, sources, WitnessMerger.SameArticleContainment).Pairs;
        Assert.Equal(found, partners.Pairs);
        Assert.NotEqual(pairsBefore, found);
        Assert.Contains(found, p => p.First == 3 || p.Second == 3);
        Assert.DoesNotContain(found, p => p.First == withWitness || p.Second == withWitness);
    }

    [Fact]
    public void AnUpdateOfAnotherNumberOfArticles_IsRefused()
    {
        var partners = WitnessPartners.Find([Signature(["ел", "жер", "су", "тау"])], [0], 0.5);

        Assert.Throws<ArgumentException>(() => partners.Update([], [], []));
    }

    private static WitnessSignature Signature(IEnumerable<string> words) =>
        WitnessSignature.Of(CleaningRun.SegmentOf(SourceLayout.SentencePerLine, new TextBlock(BlockKind.Paragraph, string.Join(' ', words), 1, 1)));
}
