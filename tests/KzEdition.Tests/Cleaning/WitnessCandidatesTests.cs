using System.Collections.Immutable;
using CsCheck;
using KzEdition.Cleaning;
using KzEdition.Engine;

namespace KzEdition.Tests.Cleaning;

/// <summary>
/// The candidate index against the pairwise search it replaces (<see cref="PairwiseWitnesses"/>):
/// the same pairs, the same groups, the same report lines, on the real corpus, on a synthetic
/// corpus with witnesses planted around the threshold, and on random texts of a small vocabulary.
/// </summary>
public sealed class WitnessCandidatesTests
{
    private static readonly Lazy<List<CleanedArticle>> RealArticles = new(() =>
        [.. RealCorpus.FileNames.SelectMany(file =>
            ArticleSegmenter.Segment(RealCorpus.Clean(file), RealCorpus.Editorial.SplitLinesOf(file), RealCorpus.Editorial.JoinLinesOf(file))
                .Select(s => new CleanedArticle(ArticleBuilder.Build(s, RealCorpus.CaseEvidence, RealCorpus.WordEvidence, "kk"), s)))]);

    [Fact]
    public void Pairs_OfTheRealCorpus_AreThePairwisePairs()
    {
        var segments = Segments(RealArticles.Value);

        var pairs = IndexedPairs(segments, WitnessMerger.SameArticleContainment);

        Assert.Equal(PairwiseWitnesses.Pairs(segments), pairs);
        Assert.NotEmpty(pairs);
    }

    [Fact]
    public void Groups_OfTheRealCorpus_AreThePairwiseGroups()
    {
        var segments = Segments(RealArticles.Value);

        var groups = WitnessCandidates.Groups([.. segments.Select(WitnessSignature.Of)], WitnessMerger.SourceNumbers(segments), WitnessMerger.SameArticleContainment);

        Assert.Equal(PairwiseWitnesses.Groups(segments), PairwiseWitnesses.Flattened(groups));
    }

    [Fact]
    public void Merge_OfTheRealCorpus_ReportsEveryMergeAsThePairwiseSearch()
    {
        var reports = new List<Diagnostic>();

        WitnessMerger.Merge(RealArticles.Value, reports.Add);

        Assert.Equal(PairwiseWitnesses.Reports(Segments(RealArticles.Value)), reports.Select(r => (r.File!, r.Line, r.Message)));
        Assert.All(reports, r => Assert.Equal(Severity.Info, r.Severity));
    }

    [Fact]
    public void SyntheticCorpus_HasPlantedWitnessesJustAboveAndJustBelowTheThresholdAndInTheirOwnSource()
    {
        var segments = Segments(WitnessCorpus.Articles);

        var containments = AllContainments(segments);

        // About 470: base sources are one paragraph a line, and a paragraph in another language is an
        // article of its own (before the layout was told by line length, they read as hard-wrapped and
        // a paragraph opening in lower case ran into the one before).
        Assert.InRange(segments.Count, 400, 520);
        Assert.True(containments.Count(c => c.Containment is >= 0.45 and < 0.5) >= 3, "pairs just below the threshold");
        Assert.True(containments.Count(c => c.Containment is >= 0.5 and < 0.55) >= 3, "pairs just above the threshold");
        Assert.True(containments.Count(c => c.Containment >= 0.9) >= 30, "pairs well above the threshold");
        Assert.Contains(containments, c => c.SameSource && c.Containment >= 0.9);
        Assert.Contains(PairwiseWitnesses.Groups(segments).GroupBy(r => r.Leader), g => g.Count() >= 3);
    }

    [Fact]
    public void Pairs_OfASyntheticCorpusWithPlantedWitnesses_AreThePairwisePairs()
    {
        var segments = Segments(WitnessCorpus.Articles);

        Assert.Equal(PairwiseWitnesses.Pairs(segments), IndexedPairs(segments, WitnessMerger.SameArticleContainment));
    }

    [Theory]
    [InlineData(0.2)]
    [InlineData(0.45)]
    [InlineData(0.55)]
    [InlineData(0.9)]
    [InlineData(1.0)]
    public void Pairs_OfASyntheticCorpusWithPlantedWitnesses_AreThePairwisePairsAtOtherThresholdsToo(double threshold)
    {
        var segments = Segments(WitnessCorpus.Articles);

        Assert.Equal(PairwiseWitnesses.Pairs(segments, threshold), IndexedPairs(segments, threshold));
    }

    [Fact]
    public void Groups_OfASyntheticCorpusWithPlantedWitnesses_AreThePairwiseGroups()
    {
        var segments = Segments(WitnessCorpus.Articles);

        var groups = WitnessCandidates.Groups([.. segments.Select(WitnessSignature.Of)], WitnessMerger.SourceNumbers(segments), WitnessMerger.SameArticleContainment);

        Assert.Equal(PairwiseWitnesses.Groups(segments), PairwiseWitnesses.Flattened(groups));
    }

    [Fact]
    public void Merge_OfASyntheticCorpusWithPlantedWitnesses_ReportsEveryMergeAsThePairwiseSearch()
    {
        var reports = new List<Diagnostic>();

        var merged = WitnessMerger.Merge(WitnessCorpus.Articles, reports.Add);

        Assert.Equal(PairwiseWitnesses.Reports(Segments(WitnessCorpus.Articles)), reports.Select(r => (r.File!, r.Line, r.Message)));
        Assert.Equal(WitnessCorpus.Articles.Count - reports.Count, merged.Length);
    }

    [Fact]
    public void Merge_WithSignaturesMadeBefore_GivesWhatMergeMakesItself()
    {
        var articles = WitnessCorpus.Articles;
        var (reports, reportsWithSignatures) = (new List<Diagnostic>(), new List<Diagnostic>());

        var merged = WitnessMerger.Merge(articles, reports.Add);
        var withSignatures = WitnessMerger.Merge(articles, [.. articles.Select(a => WitnessSignature.Of(a.Segment))], reportsWithSignatures.Add);

        Assert.Equal(merged.Select(Described), withSignatures.Select(Described));
        Assert.Equal(reports, reportsWithSignatures);
    }

    [Fact]
    public void Pairs_OfRandomTextsOfASmallVocabulary_AreThePairwisePairsAtAnyThreshold()
    {
        // Five words make few distinct 4-grams: texts share many of them, the lists probed are long
        // and containments fall on every side of the threshold.
        var word = Gen.OneOf("ел", "Ел", "жер", "су", "тау");
        var article = Gen.Select(Gen.Int[0, 3], word.Array[0, 30]);
        var threshold = Gen.OneOf(Gen.Double[0.01, 1.0], Gen.OneOf(0.5, 1.0, 0.25, 1.0 / 3));
        Gen.Select(article.Array[0, 25], threshold).Sample((articles, t) =>
        {
            var sources = Enumerable.Range(0, 4).Select(n => CleaningRun.SegmentOf(SourceLayout.SentencePerLine, new TextBlock(BlockKind.Paragraph, "", 1, 1)).Source).ToArray();
            var segments = articles.Select((a, i) => new ArticleSegment(sources[a.Item1], i + 1, [new TextBlock(BlockKind.Paragraph, string.Join(' ', a.Item2), 1, 1)], "test")).ToList();

            Assert.Equal(PairwiseWitnesses.Pairs(segments, t), IndexedPairs(segments, t));
            Assert.Equal(PairwiseWitnesses.Groups(segments, t), PairwiseWitnesses.Flattened(WitnessCandidates.Groups([.. segments.Select(WitnessSignature.Of)], WitnessMerger.SourceNumbers(segments), t)));
        }, seed: "0N0XIzNsQ0O2", iter: 2000, threads: 1);
    }

    [Fact]
    public void Pairs_OfTextsOfFewerThanFourWords_FindsNone()
    {
        var segments = new[] { "", "Қазақстан", "Қазақстан және НАТО", "Қазақстан және НАТО" }
            .Select(text => CleaningRun.SegmentOf(SourceLayout.SentencePerLine, new TextBlock(BlockKind.Paragraph, text, 1, 1)))
            .ToList();

        Assert.Empty(IndexedPairs(segments, WitnessMerger.SameArticleContainment));
        Assert.Empty(PairwiseWitnesses.Pairs(segments));
    }

    [Fact]
    public void Groups_WhenAnArticleIsMergedIntoAnEarlierOne_TakesNoneOfItsOwnPairs()
    {
        // 0 ~ 1, 1 ~ 2, not 0 ~ 2: 1 joins 0, and 2 stays apart rather than following 1 in a chain.
        ImmutableArray<WitnessPair> pairs = [new(0, 1, 0.9), new(1, 2, 0.9), new(2, 3, 0.6)];

        var groups = WitnessCandidates.Groups(4, pairs);

        Assert.Equal([[0, 1], [2, 3]], groups.Select(g => g.Members.ToArray()));
    }

    [Fact]
    public void Groups_WhenALaterArticleIsPairedWithTwoEarlierOnes_JoinsTheEarliest()
    {
        ImmutableArray<WitnessPair> pairs = [new(0, 2, 0.6), new(1, 2, 0.9)];

        var groups = WitnessCandidates.Groups(3, pairs);

        Assert.Equal([[0, 2], [1]], groups.Select(g => g.Members.ToArray()));
    }

    [Fact]
    public void Groups_WhenThePairsAreOutOfOrder_Throws()
    {
        Assert.Throws<ArgumentException>(() => WitnessCandidates.Groups(3, [new(1, 2, 0.9), new(0, 1, 0.9)]));
        Assert.Throws<ArgumentException>(() => WitnessCandidates.Groups(3, [new(0, 2, 0.9), new(0, 1, 0.9)]));
        Assert.Throws<ArgumentException>(() => WitnessCandidates.Groups(3, [new(0, 3, 0.9)]));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.5)]
    [InlineData(1.5)]
    public void Pairs_AtAThresholdOutsideZeroToOne_Throws(double threshold) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WitnessCandidates.Pairs([], [], threshold));

    private static string Described(KzEdition.Model.Article article) =>
        $"{article.Id} {article.Title} {article.Slug} [{string.Join("; ", article.Witnesses)}] [{string.Join("; ", article.Notes)}] {article.Body.Length}";

    private static List<ArticleSegment> Segments(IEnumerable<CleanedArticle> articles) => [.. articles.Select(a => a.Segment)];

    private static ImmutableArray<WitnessPair> IndexedPairs(IReadOnlyList<ArticleSegment> segments, double threshold) =>
        WitnessCandidates.Pairs([.. segments.Select(WitnessSignature.Of)], WitnessMerger.SourceNumbers(segments), threshold);

    /// <summary>Every pair's containment, whatever it is, and whether the two share a source.</summary>
    private static List<(double Containment, bool SameSource)> AllContainments(List<ArticleSegment> segments)
    {
        var shingles = segments.Select(s => PairwiseWitnesses.Shingles(PairwiseWitnesses.FoldedWords(s))).ToArray();
        var all = new List<(double, bool)>();
        for (var i = 0; i < segments.Count; i++)
        {
            for (var j = i + 1; j < segments.Count; j++)
            {
                all.Add((PairwiseWitnesses.Containment(shingles[i], shingles[j]), segments[i].Source == segments[j].Source));
            }
        }

        return all;
    }
}
