using CsCheck;
using KzEdition.Cleaning;
using KzEdition.Configuration;
using KzEdition.Engine;
using KzEdition.Markdown;
using KzEdition.Markdown.Rendering;
using KzEdition.Reading;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Hardening;

/// <summary>
/// A seeded mutation fuzzer that stays: the real sources, a page and edition.yml, their bytes
/// flipped, cut, repeated and seasoned with what broke the build before (NUL, 0xFF, byte-order
/// marks, runs of [ and &gt;, long lines). Each mutant goes through what reads that kind of input;
/// it must be read, or refused with a <see cref="BuildException"/> (exit 1, a message naming the
/// file), never any other exception (exit 70). CsCheck seeds and shrinks: a failure prints the
/// seed and the smallest mutant. KZEDITION_PROPERTY_ITERATIONS sets how many (default 150 a kind).
/// </summary>
public sealed class MutatedInputTests
{
    private static readonly long Iterations =
        long.TryParse(Environment.GetEnvironmentVariable("KZEDITION_PROPERTY_ITERATIONS"), out var iterations) ? iterations : 150;

    private static readonly byte[][] Sources =
        [.. Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "input", "sources"), "*.txt").Order(StringComparer.Ordinal).Select(f => Head(File.ReadAllBytes(f), 12_000))];

    private static readonly WordEvidence Evidence = WordEvidence.From(Sources.Select(s => SourceReader.Decode(s, "seed.txt").Text));

    private static readonly byte[] Page = File.ReadAllBytes(Path.Combine(RepoPaths.Root, "input", "pages", "about.md"));

    private static readonly byte[] Settings = File.ReadAllBytes(Path.Combine(RepoPaths.Root, "input", "edition.yml"));

    /// <summary>What once broke a build, and bytes that mean something to a decoder or a parser.</summary>
    private static readonly byte[][] Spice =
    [
        [0], [0xFF], [0xFE], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE, 0, 0], [0xC3], [0xE2, 0x80], [(byte)'\r'], [(byte)'\n', (byte)'\n'],
        [.. Enumerable.Repeat((byte)'[', 300)], [.. Enumerable.Repeat((byte)'>', 200)], [.. Enumerable.Repeat((byte)'*', 400)],
        [.. Enumerable.Repeat((byte)'a', 3000)], "---\n"u8.ToArray(), ": ["u8.ToArray(), "\n  - ~\n"u8.ToArray(), "[x](javascript:1)"u8.ToArray(),
    ];

    /// <summary>One change to a byte string: (kind, where, how long, which spice), applied in turn.</summary>
    private static readonly Gen<(int Kind, int At, int Length, int Spice)[]> Mutations =
        Gen.Select(Gen.Int[0, 4], Gen.Int[0, int.MaxValue], Gen.Int[1, 400], Gen.Int[0, Spice.Length - 1], (k, a, l, s) => (k, a, l, s)).Array[1, 6];

    [Fact]
    public void MutatedSources_AreCleanedOrRefused_NeverCrash() =>
        Check(Gen.Int[0, Sources.Length - 1].Select(i => Sources[i]), bytes =>
        {
            var source = SourceReader.Decode(bytes, "input/sources/000_x.txt");
            _ = ArticleSegmenter.Segment(SourceCleaner.Clean(source, Evidence));
        });

    [Fact]
    public void MutatedPages_AreReadAndRenderedOrRefused_NeverCrash() =>
        Check(Gen.Const(Page), bytes =>
        {
            var markdown = Utf8TextFile.Decode(bytes, "input/pages/about.md");
            _ = ArticleMarkdownReader.Read(markdown, "input/pages/about.md", MarkdownPipelineFactory.Shared);
            _ = ArticleBody.Parse(markdown, MarkdownPipelineFactory.Shared).RenderHtml(BodyRenderOptions.Plain);
        });

    [Fact]
    public void MutatedSettings_AreReadOrRefused_NeverCrash() =>
        Check(Gen.Const(Settings), bytes => _ = EditionSettingsLoader.Parse(Utf8TextFile.Decode(bytes, "input/edition.yml"), "input/edition.yml"));

    /// <summary>The crashes the fuzzer found, kept as regression inputs (each was an exception other than BuildException).</summary>
    [Theory]
    [InlineData("source", "EFBFBE")]                       // U+FFFE, valid UTF-8: string.Normalize threw
    [InlineData("source", "D09A0AEFBFBF0A")]               // U+FFFF after a line
    [InlineData("page", "2D2D2D0A2D2D2D0A0A78")]           // a front matter with nothing inside its fences
    public void TheCrashesTheFuzzerFound_AreReadOrRefused(string kind, string hex)
    {
        var bytes = Convert.FromHexString(hex);
        try
        {
            if (kind == "source")
            {
                _ = SourceCleaner.Clean(SourceReader.Decode(bytes, "input/sources/x.txt"), Evidence);
            }
            else
            {
                _ = ArticleMarkdownReader.Read(Utf8TextFile.Decode(bytes, "input/pages/x.md"), "input/pages/x.md", MarkdownPipelineFactory.Shared);
            }
        }
        catch (BuildException ex)
        {
            Assert.All(ex.Diagnostics, d => Assert.StartsWith("input/", d.File, StringComparison.Ordinal));
        }
    }

    private static void Check(Gen<byte[]> seeds, Action<byte[]> read) =>
        Gen.Select(seeds, Mutations).Select(t => Mutate(t.Item1, t.Item2)).Sample(bytes =>
        {
            try
            {
                read(bytes);
            }
            catch (BuildException)
            {
                // Refused with a message naming the file: what bad input gets.
            }
        }, iter: Iterations, print: bytes => $"{bytes.Length} bytes: {Convert.ToHexString(bytes.AsSpan(0, Math.Min(bytes.Length, 200)))}…");

    /// <summary>The lines of a file within its first <paramref name="length"/> bytes (whole characters: cut at a line end).</summary>
    private static byte[] Head(byte[] bytes, int length) =>
        bytes.Length <= length ? bytes : bytes[..(Array.LastIndexOf(bytes, (byte)'\n', length - 1) + 1)];

    private static byte[] Mutate(byte[] seed, (int Kind, int At, int Length, int Spice)[] mutations)
    {
        var bytes = seed.ToList();
        foreach (var (kind, at, length, spice) in mutations)
        {
            var place = bytes.Count == 0 ? 0 : at % bytes.Count;
            var count = Math.Min(length, bytes.Count - place);
            switch (kind)
            {
                case 0: bytes.InsertRange(place, Spice[spice]); break;
                case 1: bytes.RemoveRange(place, count); break;
                case 2: bytes.InsertRange(place, bytes.GetRange(place, count)); break;
                case 3 when bytes.Count > 0: bytes[place] ^= (byte)(1 << (length % 8)); break;
                default: bytes.RemoveRange(place, bytes.Count - place); break;
            }
        }

        return [.. bytes];
    }
}
