using System.Diagnostics;
using System.Globalization;
using KzEdition.Building;

namespace KzEdition.Benchmarks;

/// <summary>
/// How long the preview takes from an editor's save to the reload: an <see cref="EditionSession"/>
/// over a copy of the real edition (or a synthetic one of N articles), every article imported to
/// input/articles/ as editors work; then, twenty times, one paragraph of one article edited (a
/// word appended) and the session's rebuild timed from the file write to the build's end, which
/// is when the preview sends its reload event.
/// </summary>
public static class PreviewLatency
{
    public static async Task<int> Run(string[] args)
    {
        var articles = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 0;
        var folder = Directory.CreateTempSubdirectory("kzedition-preview-bench-").FullName;
        try
        {
            var root = Corpus.RepositoryRoot();
            var input = Path.Combine(folder, "input");
            if (articles == 0)
            {
                CopyFolder(Path.Combine(root, "input"), input);
            }
            else
            {
                SyntheticEdition.Write(input, articles);
            }

            await ArticleImporter.ImportAsync(input, "input");
            using var session = new EditionSession(new BuildOptions(input, Path.Combine(folder, "site"), Theme: Path.Combine(root, "theme")));
            var cold = await session.BuildAsync();
            if (!cold.Succeeded)
            {
                Console.Error.WriteLine(string.Join("\n", cold.Errors));
                return 1;
            }

            Console.WriteLine($"{cold.Result!.Articles} articles, {cold.Result.Files} files; first build {cold.Elapsed.TotalMilliseconds:F0} ms");
            var files = Directory.GetFiles(Path.Combine(input, "articles"), "*.md").Order(StringComparer.Ordinal).ToArray();
            var times = new List<double>();
            SessionBuild? lastEdit = null;
            var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
            for (var round = 0; round < rounds; round++)
            {
                var file = files[(round * 7919) % files.Length];
                var text = await File.ReadAllTextAsync(file);
                // The end of the first paragraph after the front matter (or of the text).
                var body = text.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 5;
                var end = text.IndexOf("\n\n", body + 1, StringComparison.Ordinal);
                end = end < 0 ? text.TrimEnd().Length : end;
                var stopwatch = Stopwatch.StartNew();
                await File.WriteAllTextAsync(file, text[..end] + $" түзету{round}" + text[end..]);
                var build = await session.BuildAsync([file]);
                stopwatch.Stop();
                if (!build.Succeeded)
                {
                    Console.Error.WriteLine(string.Join("\n", build.Errors));
                    return 1;
                }

                times.Add(stopwatch.Elapsed.TotalMilliseconds);
                lastEdit = build;
                Console.WriteLine($"  edit {round + 1,2}: {stopwatch.Elapsed.TotalMilliseconds,6:F1} ms, {build.Changed.Length} files changed");
            }

            Console.WriteLine("slowest phases of the last edit's rebuild:");
            foreach (var timing in lastEdit!.Result!.Timings.OrderByDescending(t => t.Elapsed).Take(10))
            {
                Console.WriteLine($"  {timing.Pipeline} {timing.Phase}: {timing.Elapsed.TotalMilliseconds:F1} ms");
            }

            times.Sort();
            Console.WriteLine($"one-paragraph edit: median {times[times.Count / 2]:F0} ms, p90 {times[(int)(times.Count * 0.9)]:F0} ms, max {times[^1]:F0} ms");
            foreach (var (step, (hits, misses)) in session.CacheStatistics.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                Console.WriteLine($"  {step}: {hits} remembered, {misses} redone");
            }

            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
