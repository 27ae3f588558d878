using System.Text;
using KzEdition.Reading;

namespace KzEdition.Benchmarks;

/// <summary>
/// The real sources of <c>input/sources/</c>, and large inputs made by repeating them: many files,
/// each a real source's text (the cleaner works per file), or one big file of them concatenated.
/// Sizes are UTF-8 bytes as on disk; MB means 1,000,000 bytes.
/// </summary>
public static class Corpus
{
    /// <summary>The size of the benchmarks' input: about 50 MB.</summary>
    public const long TargetBytes = 50_000_000;

    /// <summary>The repository's root: the first folder up from the program holding KzEdition.sln.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KzEdition.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no folder above {AppContext.BaseDirectory} holds KzEdition.sln");
    }

    /// <summary>The distinct sources, in file-name order.</summary>
    public static IReadOnlyList<RawSource> ReadSources()
    {
        var folder = Path.Combine(RepositoryRoot(), "input", "sources");
        var sources = Directory.GetFiles(folder, "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(path => new RawSource($"input/sources/{Path.GetFileName(path)}", File.ReadAllBytes(path)))
            .ToList();
        return sources.Count > 0 ? sources : throw new InvalidOperationException($"no sources in {folder}");
    }

    /// <summary>How many times the whole set of sources is repeated to reach <paramref name="targetBytes"/>.</summary>
    public static int Rounds(IReadOnlyList<RawSource> sources, long targetBytes) =>
        (int)Math.Ceiling(targetBytes / (double)sources.Sum(s => (long)s.Bytes.Length));

    /// <summary>
    /// The sources repeated in whole rounds until they reach <paramref name="targetBytes"/>: every
    /// copy is a file of its own (its own path and its own array), as a large edition would be.
    /// </summary>
    public static RawSource[] Repeat(IReadOnlyList<RawSource> sources, long targetBytes)
    {
        var rounds = Rounds(sources, targetBytes);
        var files = new RawSource[rounds * sources.Count];
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < sources.Count; i++)
            {
                var source = sources[i];
                var name = System.IO.Path.GetFileName(source.Path);
                files[(round * sources.Count) + i] = new RawSource($"input/sources/copy-{round:D4}/{name}", [.. source.Bytes]);
            }
        }

        return files;
    }

    /// <summary>The input size of the benchmarks, computed the same way in the host and the benchmark process.</summary>
    public static long BenchmarkInputBytes()
    {
        var sources = ReadSources();
        return Rounds(sources, TargetBytes) * sources.Sum(s => (long)s.Bytes.Length);
    }

    /// <summary>
    /// One source of at least <paramref name="targetBytes"/>: the decoded sources concatenated,
    /// round after round, separated by a blank line. Built straight into its final string so that
    /// making it needs no second copy.
    /// </summary>
    public static SourceText Concatenate(IReadOnlyList<SourceText> sources, long targetBytes, out long utf8Bytes)
    {
        const string separator = "\n\n";
        var roundBytes = sources.Sum(s => (long)Encoding.UTF8.GetByteCount(s.Text) + separator.Length);
        var rounds = (int)Math.Ceiling(targetBytes / (double)roundBytes);
        var roundChars = sources.Sum(s => (long)s.Text.Length + separator.Length);
        utf8Bytes = rounds * roundBytes;
        var text = string.Create(checked((int)(rounds * roundChars)), sources, (span, parts) =>
        {
            var at = 0;
            for (var round = 0; round < rounds; round++)
            {
                foreach (var part in parts)
                {
                    part.Text.AsSpan().CopyTo(span[at..]);
                    at += part.Text.Length;
                    separator.AsSpan().CopyTo(span[at..]);
                    at += separator.Length;
                }
            }
        });
        return new SourceText("input/sources/concatenated.txt", "concatenated.txt", text, "UTF-8");
    }
}
