using CsCheck;
using KzEdition.Cleaning;

namespace KzEdition.Tests.Cleaning;

public sealed class WitnessSignatureTests
{
    [Theory]
    [InlineData("")]
    [InlineData("Қазақстан")]
    [InlineData("Қазақстан және НАТО")]
    [InlineData("— , .")]
    public void Of_ATextOfFewerThanFourWords_HasNoShingles(string text)
    {
        var signature = WitnessSignature.Of(Segment(text));

        Assert.Empty(signature.Shingles);
        Assert.Equal(0, signature.SharedShingles(signature));
    }

    [Fact]
    public void Of_ATextOfFourWords_HasOneShingle()
    {
        var signature = WitnessSignature.Of(Segment("Қазақстан және НАТО ынтымақтастығы."));

        Assert.Single(signature.Shingles);
        Assert.Equal(["қазақстан", "және", "нато", "ынтымақтастығы"], signature.Words.Select(w => w.Folded));
        Assert.Equal(["Қазақстан", "және", "НАТО", "ынтымақтастығы"], signature.Words.Select(w => w.Original));
    }

    [Fact]
    public void Of_ATextThatRepeatsA4Gram_HoldsItOnce()
    {
        var signature = WitnessSignature.Of(Segment("бір екі үш төрт бір екі үш төрт"));

        // бір екі үш төрт, екі үш төрт бір, үш төрт бір екі, төрт бір екі үш, and бір екі үш төрт again.
        Assert.Equal(4, signature.Shingles.Length);
        Assert.Equal(signature.Shingles.Order(), signature.Shingles);
    }

    [Fact]
    public void Of_TheSameWordsInOtherCapitalsAndWithStressMarks_HasTheSameShingles()
    {
        var plain = WitnessSignature.Of(Segment("Қазақстан мен НАТО арасындағы ынтымақтастық"));
        var marked = WitnessSignature.Of(Segment("ҚАЗАҚСТАН мен нато ара\u0301сындағы ынтымақтастық"));

        Assert.Equal(plain.Shingles, marked.Shingles);
        Assert.Equal(2, plain.SharedShingles(marked));
    }

    /// <summary>
    /// Asked whether two signatures share at least so many shingles, the walk may stop early, but
    /// only with fewer than that: the whole count where it reaches the bound, less where it does not.
    /// Texts of a few words share many 4-grams; a long one against a short takes the binary search.
    /// </summary>
    [Fact]
    public void SharedShingles_AskedForAtLeastACount_IsExactWhereItIsReached_AndBelowItWhereNot()
    {
        var word = Gen.OneOf("ел", "жер", "су", "тау", "көл");
        Gen.Select(word.Array[0, 40], word.Array[0, 400], Gen.Int[0, 60]).Sample((one, other, atLeast) =>
        {
            var (a, b) = (Signature(one), Signature(other));
            var whole = a.SharedShingles(b);
            var bounded = a.SharedShingles(b, atLeast);

            Assert.Equal(whole, b.SharedShingles(a));
            if (whole >= atLeast)
            {
                Assert.Equal(whole, bounded);
            }
            else
            {
                Assert.True(bounded < atLeast, $"{bounded} of {whole} shared, asked for {atLeast}");
            }
        }, seed: "0N0XIzNsQ0O2", iter: 2000, threads: 1);
    }

    [Fact]
    public void Of_TheSameWordsInAnotherOrder_SharesNoShingle()
    {
        var one = WitnessSignature.Of(Segment("Қазақстан мен НАТО арасындағы"));
        var other = WitnessSignature.Of(Segment("НАТО мен Қазақстан арасындағы"));

        Assert.Equal(0, one.SharedShingles(other));
    }

    [Fact]
    public void Of_ASegment_LeavesItsHeadAndReferenceHeadingOut()
    {
        var segment = CleaningRun.SegmentOf(
            SourceLayout.HardWrapped,
            new TextBlock(BlockKind.Title, "ҚАЗАҚСТАН МЕН НАТО", 1, 1),
            new TextBlock(BlockKind.Author, "Л.Т. Исова", 2, 2),
            new TextBlock(BlockKind.Paragraph, "Тәуелсіздік алғаннан кейін Қазақстан", 3, 3),
            new TextBlock(BlockKind.ReferencesHeading, "Әдебиеттер", 4, 4),
            new TextBlock(BlockKind.Paragraph, "Назарбаев Н.Ә.", 5, 5));

        var signature = WitnessSignature.Of(segment);

        Assert.Equal(["Тәуелсіздік", "алғаннан", "кейін", "Қазақстан", "Назарбаев", "Н", "Ә"], signature.Words.Select(w => w.Original));
        Assert.Equal([3, 3, 3, 3, 5, 5, 5], signature.Words.Select(w => w.Line));
    }

    [Fact]
    public void Of_EveryArticleOfTheRealCorpus_HasOneShingleForEachDistinct4Gram()
    {
        foreach (var file in RealCorpus.FileNames)
        {
            foreach (var segment in ArticleSegmenter.Segment(RealCorpus.Clean(file), RealCorpus.Editorial.SplitLinesOf(file)))
            {
                var words = PairwiseWitnesses.FoldedWords(segment);

                var signature = WitnessSignature.Of(segment);

                Assert.Equal(words, signature.Words.Select(w => w.Folded));
                Assert.Equal(PairwiseWitnesses.Shingles(words).Count, signature.Shingles.Length);
            }
        }
    }

    [Theory]
    [InlineData(40, 40)]
    [InlineData(10, 300)]
    [InlineData(300, 10)]
    [InlineData(3, 2000)]
    public void SharedShingles_CountsWhatTheTwoShingleSetsShare(int oneLength, int otherLength)
    {
        // Words from a small vocabulary, so that the texts share some of their 4-grams; long against
        // short takes the binary-search path.
        var random = new Random(oneLength * 7919 + otherLength);
        string[] vocabulary = ["ел", "жер", "су", "тау", "дала"];
        var one = Segment(string.Join(' ', Enumerable.Range(0, oneLength).Select(_ => vocabulary[random.Next(vocabulary.Length)])));
        var other = Segment(string.Join(' ', Enumerable.Range(0, otherLength).Select(_ => vocabulary[random.Next(vocabulary.Length)])));
        var expected = PairwiseWitnesses.Shingles(PairwiseWitnesses.FoldedWords(one)).Intersect(PairwiseWitnesses.Shingles(PairwiseWitnesses.FoldedWords(other))).Count();

        var (a, b) = (WitnessSignature.Of(one), WitnessSignature.Of(other));

        Assert.Equal(expected, a.SharedShingles(b));
        Assert.Equal(expected, b.SharedShingles(a));
    }

    private static ArticleSegment Segment(string text) =>
        CleaningRun.SegmentOf(SourceLayout.SentencePerLine, new TextBlock(BlockKind.Paragraph, text, 1, 1));

    private static WitnessSignature Signature(IEnumerable<string> words) =>
        WitnessSignature.Of(CleaningRun.SegmentOf(SourceLayout.SentencePerLine, new TextBlock(BlockKind.Paragraph, string.Join(' ', words), 1, 1)));
}
