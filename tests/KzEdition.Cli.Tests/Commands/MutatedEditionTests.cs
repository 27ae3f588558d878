using CsCheck;
using KzEdition.Cli.Tests.Support;
using static KzEdition.Cli.Tests.Support.CommandLine;

namespace KzEdition.Cli.Tests.Commands;

/// <summary>
/// Whole builds of the real edition with one input file mutated (a source, a page, edition.yml or
/// an editorial file: bytes flipped, cut, repeated, seasoned with NUL, 0xFF, byte-order marks and
/// runs of [): each ends in exit 0 or exit 1 with messages, never exit 70 or a stack trace, and a
/// failed one leaves the previous output as it was. Seeded and shrunk by CsCheck;
/// KZEDITION_PROPERTY_ITERATIONS sets how many builds (default 12).
/// </summary>
public sealed class MutatedEditionTests : IDisposable
{
    private static readonly long Iterations =
        long.TryParse(Environment.GetEnvironmentVariable("KZEDITION_PROPERTY_ITERATIONS"), out var iterations) ? Math.Max(1, iterations / 50) : 12;

    private static readonly string[] Targets =
    [
        "sources/000_231815bb3e78ce1c.txt", "sources/004_2dbc11eb0e7c7aeb.txt", "pages/about.md", "edition.yml", "editorial/articles.yml", "editorial/terms.yml",
    ];

    private static readonly byte[][] Spice =
    [
        [0], [0xFF], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE, 0, 0], [0xC3], [.. Enumerable.Repeat((byte)'[', 300)], "\n---\n"u8.ToArray(), ": ["u8.ToArray(),
    ];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "kzedition-mutated-" + Guid.NewGuid().ToString("N")[..12]);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void ABuildWithOneFileMutated_ExitsZeroOrOne_NeverCrashes()
    {
        var mutation = Gen.Select(Gen.Int[0, Targets.Length - 1], Gen.Int[0, 2], Gen.Int[0, int.MaxValue], Gen.Int[0, Spice.Length - 1], (t, k, a, s) => (t, k, a, s));
        var run = 0;
        mutation.Sample(m =>
        {
            var (target, kind, at, spice) = m;
            var folder = Path.Combine(_root, $"run-{Interlocked.Increment(ref run)}");
            var input = RepoFolders.Copy(RepoFolders.Input, Path.Combine(folder, "input"));
            var output = Path.Combine(folder, "output");
            var path = Path.Combine(input, Targets[target]);
            var bytes = File.ReadAllBytes(path).ToList();
            var place = at % (bytes.Count + 1);
            switch (kind)
            {
                case 0: bytes.InsertRange(place, Spice[spice]); break;
                case 1: bytes.RemoveRange(place, Math.Min(bytes.Count - place, 1 + (at % 200))); break;
                default: if (place < bytes.Count) { bytes[place] ^= (byte)(1 << (at % 8)); } break;
            }

            File.WriteAllBytes(path, [.. bytes]);
            var (exit, _, stderr) = Run("build", "-i", input, "-o", output, "--theme", RepoFolders.Theme).GetAwaiter().GetResult();

            Assert.True(exit is 0 or 1, $"exit {exit}: {stderr}");
            Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
            Assert.True(exit == 0 || !Directory.Exists(output), "a failed first build leaves no output");
        }, iter: Iterations, threads: 1, print: m => $"{Targets[m.t]}: kind {m.k} at {m.a} spice {m.s}");
    }
}
