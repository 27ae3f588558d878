using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using KzEdition.Building;
using KzEdition.Building.Pipelines;
using KzEdition.Cleaning;
using KzEdition.Configuration;
using KzEdition.Editorial;
using KzEdition.Engine;
using KzEdition.Indexing;
using KzEdition.Model;
using KzEdition.Reading;
using KzEdition.Templating;
using KzEdition.Tests.Cleaning.Oracles;
using KzEdition.Tests.Indexing.Oracles;

namespace KzEdition.Benchmarks;

/// <summary>
/// The text-scanning steps of a build, each beside the code it replaced (the test project's
/// oracles, linked in), so that old and new are measured in one run on one busy machine:
/// a source's vocabulary (<c>DescribeVocabulary</c>), its cleaning (<c>CleanSource</c>), a segment's
/// witness signature (<c>SignWitness</c>), and the index's mentions found in paragraphs (cross-links
/// and <see cref="EditionIndexBuilder"/>). The input is the real sources and twenty synthetic ones
/// (<see cref="SyntheticEdition"/>: long lines of shuffled real words), their segments, the real
/// paragraphs, and the real edition's index (its matcher made once, as a build makes it).
/// One operation is every input once: divide by the counts printed at set-up for one call.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class TextScanning
{
    private const int SyntheticSources = 20;

    private SourceText[] _sources = [];
    private WordEvidence _evidence = WordEvidence.Empty;
    private ArticleSegment[] _segments = [];
    private string[] _paragraphs = [];
    private string[] _blocks = [];
    private TermMatcher _matcher = new([]);
    private TermMatcherOracle _oracleMatcher = new([]);

    [GlobalSetup]
    public async Task Setup()
    {
        var root = Corpus.RepositoryRoot();
        var synthetic = Directory.CreateTempSubdirectory("kz-text-scanning-");
        try
        {
            SyntheticEdition.Write(synthetic.FullName, SyntheticSources);
            _sources = [.. Corpus.ReadSources().Select(s => SourceReader.Decode(s.Bytes, s.Path)),
                .. Directory.GetFiles(Path.Combine(synthetic.FullName, "sources")).Order(StringComparer.Ordinal).Select(p => SourceReader.Decode(File.ReadAllBytes(p), p))];
        }
        finally
        {
            synthetic.Delete(recursive: true);
        }

        _evidence = WordEvidence.From(_sources.Select(s => s.Text));
        _segments = [.. _sources.SelectMany(s => ArticleSegmenter.Segment(SourceCleaner.Clean(s, _evidence)))];
        _paragraphs = [.. SyntheticEdition.RealParagraphs()];
        _blocks = [.. _segments.SelectMany(s => s.Blocks.Select(b => b.Text))];
        var index = await RealIndex(root);
        var spellings = index.Entries.Where(e => e.Type != TermType.Keyword).SelectMany(e => e.Spellings.Select(s => (s, EditionIndex.KeyOf(e)))).ToList();
        _matcher = new TermMatcher(spellings);
        _oracleMatcher = new TermMatcherOracle(spellings);
        Console.WriteLine($"// {_sources.Length} sources ({_sources.Sum(s => s.Text.Length):N0} chars), {_segments.Length} segments, {_paragraphs.Length} paragraphs ({_paragraphs.Sum(p => p.Length):N0} chars), {spellings.Count} spellings");
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Vocabulary")]
    public int VocabularyOracle() => _sources.Sum(s => SourceVocabularyOracle.Of(s.Text).Words.Length);

    [Benchmark, BenchmarkCategory("Vocabulary")]
    public int Vocabulary() => _sources.Sum(s => SourceVocabulary.Of(s.Text).Words.Length);

    [Benchmark, BenchmarkCategory("Clean")]
    public int Clean() => _sources.Sum(s => SourceCleaner.Clean(s, _evidence).Blocks.Length);

    /// <summary>The inline breaks of every cleaned paragraph repaired by the regex the cleaner had: the part of cleaning that was most of it.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("InlineBreaks")]
    public int InlineBreaksOracle() => _blocks.Sum(b => LineJoinerOracle.RepairInlineBreaks(b, (head, tail) => HyphenDecision.JoinedWithoutEvidence).Length);

    [Benchmark, BenchmarkCategory("InlineBreaks")]
    public int InlineBreaks() => _blocks.Sum(b => LineJoiner.RepairInlineBreaks(b, WordEvidence.Empty).Length);

    [Benchmark(Baseline = true), BenchmarkCategory("Signature")]
    public int SignatureOracle() => _segments.Sum(s => WitnessSignatureOracle.Of(s).Shingles.Length);

    [Benchmark, BenchmarkCategory("Signature")]
    public int Signature() => _segments.Sum(s => WitnessSignature.Of(s).Shingles.Length);

    [Benchmark(Baseline = true), BenchmarkCategory("Mentions")]
    public int MentionsOracle() => _paragraphs.Sum(p => _oracleMatcher.Matches(p, "kk").Count);

    [Benchmark, BenchmarkCategory("Mentions")]
    public int Mentions() => _paragraphs.Sum(p => _matcher.Matches(p, "kk").Count);

    /// <summary>The real input run through the edition's pipelines once, for the index a build makes of it.</summary>
    private static async Task<EditionIndex> RealIndex(string root)
    {
        var input = Path.Combine(root, "input");
        var theme = Path.Combine(root, "theme");
        var resources = Resources.None
            .With(EditionResources.Settings, EditionSettingsLoader.Load(input, "input"))
            .With(EditionResources.Editorial, EditorialLoader.Load(input, "input"))
            .With(EditionResources.Theme, Theme.Load(theme, "theme"))
            .With(EditionResources.Options, new EditionOptions(Pdf: false));
        var staging = Directory.CreateTempSubdirectory("kz-text-scanning-site-");
        try
        {
            var pipelines = Building.Pipelines.EditionPipelines.Create(new EditionPaths(input, "input", theme));
            var result = await new Engine.Engine(pipelines).RunAsync(new EngineRun(resources, new StagingOutput(staging.FullName)), CancellationToken.None);
            return result.Outputs[PipelineNames.Indices].First().Get(EditionKeys.EditionIndex);
        }
        finally
        {
            staging.Delete(recursive: true);
        }
    }
}
