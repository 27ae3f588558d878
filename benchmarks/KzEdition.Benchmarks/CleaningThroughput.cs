using BenchmarkDotNet.Attributes;
using KzEdition.Cleaning;
using KzEdition.Reading;

namespace KzEdition.Benchmarks;

/// <summary>
/// Cleaning throughput on about 50 MB of input: the real sources repeated, each copy a file of its
/// own, cleaned one after another on one thread. Word evidence is built once from the distinct
/// sources, as a build builds it once over the corpus and then cleans file by file.
/// </summary>
[Config(typeof(ThroughputConfig))]
[MemoryDiagnoser]
public class CleaningThroughput
{
    private RawSource[] _files = [];
    private SourceText[] _decoded = [];
    private WordEvidence _evidence = WordEvidence.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var sources = Corpus.ReadSources();
        _evidence = WordEvidence.From(sources.Select(s => SourceReader.Decode(s.Bytes, s.Path).Text));
        _files = Corpus.Repeat(sources, Corpus.TargetBytes);
        _decoded = [.. _files.Select(f => SourceReader.Decode(f.Bytes, f.Path))];
        Console.WriteLine($"// Input: {_files.Length} files, {_files.Sum(f => (long)f.Bytes.Length):N0} bytes (UTF-8), {_decoded.Sum(s => (long)s.Text.Length):N0} chars");
    }

    /// <summary>SourceCleaner.Clean on every file (already decoded).</summary>
    [Benchmark(Baseline = true)]
    public int Clean()
    {
        var blocks = 0;
        foreach (var source in _decoded)
        {
            blocks += SourceCleaner.Clean(source, _evidence).Blocks.Length;
        }

        return blocks;
    }

    /// <summary>The per-source path of a build: decode the bytes, clean, cut into articles.</summary>
    [Benchmark]
    public int DecodeCleanSegment()
    {
        var segments = 0;
        foreach (var file in _files)
        {
            var source = SourceReader.Decode(file.Bytes, file.Path);
            var cleaned = SourceCleaner.Clean(source, _evidence);
            segments += ArticleSegmenter.Segment(cleaned).Length;
        }

        return segments;
    }
}
