using CsCheck;
using KzEdition.Fuzz.Targets;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Hardening;

/// <summary>
/// Issue 19's property "for any input, the build exits 0 or 1, or stops at the size bound, within a
/// time linear in the input", in the part a unit test can hold without a clock: the work an entry
/// point does (the fuzz targets: source reader, cleaner to HTML, witness alignment, front matter,
/// Markdown to HTML),
/// counted as the bytes it allocates on its thread, grows at most linearly when its input is made
/// four times longer, for any mutated real input. Quadratic work (the witness alignment's 22 GB,
/// the one-line source's minutes) grows sixteenfold, linear fourfold; the bound is eightfold plus a
/// constant. Allocations do not depend on the machine's load, as time does; the time itself is
/// measured by benchmarks/KzEdition.Benchmarks (InputScaling). The rest of the property has its own
/// tests: exit 0 or 1 for any mutated edition (MutatedEditionTests), the size bound
/// (HostileInputTests.ASourceOverTheSizeBound_Exits1_NamingItAndTheBound).
/// KZEDITION_PROPERTY_ITERATIONS sets how many inputs (default 8 a target).
/// </summary>
public sealed class LinearWorkTests
{
    private const double Growth = 8;

    private const long Slack = 64 * 1024;

    private static readonly long Iterations =
        long.TryParse(Environment.GetEnvironmentVariable("KZEDITION_PROPERTY_ITERATIONS"), out var iterations) ? Math.Max(1, iterations / 100) : 8;

    private static readonly byte[][] Sources =
        [.. Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "input", "sources"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];

    private static readonly byte[][] Pages =
        [.. Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "input", "pages"), "*.md").Order(StringComparer.Ordinal).Select(File.ReadAllBytes),
         .. Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests", "fuzz-corpus", "markdown")).Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];

    [Theory]
    [InlineData("source")]
    [InlineData("cleaner")]
    [InlineData("witnesses")]
    [InlineData("frontmatter")]
    [InlineData("markdown")]
    public void FourTimesTheInput_TakesAtMostLinearlyMoreWork(string name)
    {
        var target = FuzzTargets.Named(name)!;
        var seeds = name is "source" or "cleaner" or "witnesses" ? Sources : Pages;

        // An input: a slice of a real file (whole lines), its lines maybe joined into one (the
        // one-line source), and a byte flipped; made four times longer by repeating it (repeated
        // paragraphs were the quadratic memory). The witnesses target's input is two sources split
        // by a form feed, a slice beside itself flipped: each is repeated.
        var inputs = Gen.Select(Gen.Int[0, seeds.Length - 1], Gen.Int[0, int.MaxValue], Gen.Int[1000, 8000], Gen.Bool, Gen.Int[0, int.MaxValue],
            (s, at, length, oneLine, flip) => name == "witnesses"
                ? [.. Input(seeds[s], at, length, oneLine, 1), (byte)'\f', .. Input(seeds[s], at, length, oneLine, flip)]
                : Input(seeds[s], at, length, oneLine, flip));
        inputs.Sample(input =>
        {
            target.Run(input);
            var once = Allocated(target, input);
            var four = Allocated(target, FourTimes(input, name == "witnesses"));
            Assert.True(four <= Growth * once + Slack, $"{name}: {input.Length} bytes allocated {once:N0}, four times as many allocated {four:N0} ({(double)four / once:F1}×)");
        }, iter: Iterations, threads: 1, print: i => $"{i.Length} bytes: {Convert.ToHexString(i.AsSpan(0, Math.Min(i.Length, 120)))}…");
    }

    private static long Allocated(FuzzTarget target, byte[] input)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        target.Run(input);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>The input four times over; with <paramref name="twoSources"/>, each source four times over.</summary>
    private static byte[] FourTimes(byte[] input, bool twoSources)
    {
        var split = twoSources ? Array.IndexOf(input, (byte)'\f') : -1;
        if (split < 0)
        {
            return [.. input, .. input, .. input, .. input];
        }

        var (a, b) = (input[..split], input[(split + 1)..]);
        return [.. a, .. a, .. a, .. a, (byte)'\f', .. b, .. b, .. b, .. b];
    }

    private static byte[] Input(byte[] seed, int at, int length, bool oneLine, int flip)
    {
        var start = at % seed.Length;
        start = start == 0 ? 0 : Array.IndexOf(seed, (byte)'\n', start) + 1;
        var end = Math.Min(seed.Length, start + length);
        end = end == seed.Length ? end : Math.Max(start, Array.LastIndexOf(seed, (byte)'\n', end - 1, end - start) + 1);
        var bytes = seed[start..end];
        if (oneLine)
        {
            bytes = [.. bytes.Select(b => b == (byte)'\n' ? (byte)' ' : b)];
        }

        if (bytes.Length > 0 && flip % 3 == 0)
        {
            bytes[flip % bytes.Length] ^= (byte)(1 << (flip % 8));
        }

        return bytes;
    }
}
