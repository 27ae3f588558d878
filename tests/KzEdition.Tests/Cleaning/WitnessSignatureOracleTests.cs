using System.Collections.Immutable;
using CsCheck;
using KzEdition.Cleaning;
using KzEdition.Tests.Cleaning.Oracles;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Cleaning;

/// <summary>
/// A witness's signature, its words scanned by hand and each spelling made a string and hashed
/// once, equals the oracle's (the code it replaced): every word (folded, as written, its line) and
/// every shingle, over the real corpus, the witness corpus, and segments of generated text.
/// </summary>
public sealed class WitnessSignatureOracleTests
{
    [Fact]
    public void Of_TheRealCorpus_EqualsTheOracle()
    {
        foreach (var file in RealCorpus.FileNames)
        {
            foreach (var segment in ArticleSegmenter.Segment(RealCorpus.Clean(file), RealCorpus.Editorial.SplitLinesOf(file)))
            {
                AssertSame(WitnessSignatureOracle.Of(segment), WitnessSignature.Of(segment), $"{file} #{segment.Ordinal}");
            }
        }
    }

    [Fact]
    public void Of_TheWitnessCorpus_EqualsTheOracle()
    {
        foreach (var article in WitnessCorpus.Articles)
        {
            AssertSame(WitnessSignatureOracle.Of(article.Segment), WitnessSignature.Of(article.Segment), article.Article.Id);
        }
    }

    [Fact]
    public void Of_SegmentsOfGeneratedText_EqualsTheOracle() =>
        ScannedTexts.Generated.Sample(text =>
        {
            foreach (var segment in CleaningRun.Segments(text))
            {
                AssertSame(WitnessSignatureOracle.Of(segment), WitnessSignature.Of(segment), text);
            }
        }, iter: ScannedTexts.Iterations, print: text => text);

    [Fact]
    public void Of_BlocksOfEveryKind_EqualsTheOracle() =>
        Gen.Select(ScannedTexts.Generated, Gen.Enum<BlockKind>(), Gen.Int[1, 6]).Array[1, 6].Sample(blocks =>
        {
            var line = 1;
            var segment = CleaningRun.SegmentOf(SourceLayout.HardWrapped, [.. blocks.Select(b =>
            {
                // The block's raw lines: its text cut in a few pieces, as a wrapped source's lines are.
                var pieces = Enumerable.Range(0, b.Item3).Select(i => b.Item1[(b.Item1.Length * i / b.Item3)..(b.Item1.Length * (i + 1) / b.Item3)]).ToImmutableArray();
                var block = new TextBlock(b.Item2, b.Item1, line, line + b.Item3 - 1) { RawLines = pieces, RawLineNumbers = [.. Enumerable.Range(line, b.Item3)] };
                line += b.Item3;
                return block;
            })]);
            AssertSame(WitnessSignatureOracle.Of(segment), WitnessSignature.Of(segment), string.Join(" | ", blocks.Select(b => b.Item1)));
        }, iter: ScannedTexts.Iterations);

    private static void AssertSame(WitnessSignature expected, WitnessSignature actual, string what)
    {
        Assert.True(expected.Words.SequenceEqual(actual.Words), $"words of {what}");
        Assert.True(expected.Shingles.SequenceEqual(actual.Shingles), $"shingles of {what}");
        Assert.True(WitnessSignature.Of(expected.Words).Shingles.SequenceEqual(expected.Shingles), $"shingles of the words of {what}");
    }
}
