using BenchmarkDotNet.Attributes;
using KzEdition.Fuzz.Targets;

namespace KzEdition.Benchmarks;

/// <summary>
/// The timed half of issue 19's "within a time linear in the input" (LinearWorkTests holds the
/// counted half): each fuzz target (tests/KzEdition.Fuzz/Targets) on one real input repeated 1, 4
/// and 16 times, as paragraphs and as one line. Linear work shows as a mean four times the last
/// one at each step; quadratic as sixteen.
/// </summary>
[MemoryDiagnoser]
public class InputScaling
{
    private byte[] _input = [];

    [Params("cleaner", "markdown")]
    public string Target { get; set; } = "cleaner";

    [Params(1, 4, 16)]
    public int Copies { get; set; }

    [Params(false, true)]
    public bool OneLine { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var seed = Target == "cleaner"
            ? Corpus.ReadSources()[0].Bytes
            : File.ReadAllBytes(Path.Combine(Corpus.RepositoryRoot(), "input", "pages", "about.md"));
        var copies = Enumerable.Repeat(seed, Copies).SelectMany(b => b);
        _input = [.. OneLine ? copies.Select(b => b == (byte)'\n' ? (byte)' ' : b) : copies];
    }

    [Benchmark]
    public void Run() => FuzzTargets.Named(Target)!.Run(_input);
}
