using System.Diagnostics;
using System.Globalization;
using KzEdition.Building;
using KzEdition.Preview;

namespace KzEdition.Benchmarks;

/// <summary>
/// How long the preview takes from an editor's save to the reload: the preview server
/// (<see cref="PreviewServer"/>, as <c>kzedition serve</c> runs it, on a free loopback port) over a
/// copy of the real edition (or a synthetic one of N articles), every article imported to
/// input/articles/ as editors work (or, with --source, left in its raw source); then, twenty
/// times, one paragraph of one article edited (a word appended: to the Markdown's first paragraph,
/// or to a line in the middle of a source) and the time taken from the file write to the reload
/// event read from the server's event stream over HTTP: the watcher, the quiet period, the
/// rebuild, the event.
/// </summary>
public static class PreviewLatency
{
    /// <param name="args">[articles] [rounds] [--source] [--new-paragraph] [--new-term] [--timeline] [--modules] [--quiet-first]: with --source the edits go to
    /// input/sources/ (cleaning, segmenting and assembling run again for that source); with --new-paragraph each adds a paragraph
    /// to a source, after the middle one (the article's later paragraphs are numbered anew); with --new-term each edit adds a word
    /// the index has never seen, an acronym (ҚЖБА, ҚЖББ, …), so the index, its pages and the links change too;
    /// with --timeline the last rebuild is shown phase by phase; with --modules every module of the last rebuild is listed, not only the ten slowest;
    /// with --quiet-first no build starts before the quiet period has passed (the scheduler as it was before builds started early).</param>
    public static async Task<int> Run(string[] args)
    {
        var newTerm = args.Contains("--new-term");
        var timeline = args.Contains("--timeline");
        var newParagraph = args.Contains("--new-paragraph");
        var source = args.Contains("--source") || newParagraph;
        var allModules = args.Contains("--modules");
        var scheduling = args.Contains("--quiet-first") ? RebuildTiming.QuietFirst(RebuildTiming.Default.QuietPeriod) : RebuildTiming.Default;
        args = [.. args.Where(a => !a.StartsWith("--", StringComparison.Ordinal))];
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

            if (!source)
            {
                await ArticleImporter.ImportAsync(input, "input");
            }

            var reporter = new QuietReporter();
            await using var server = new PreviewServer(
                new PreviewOptions(input, Path.Combine(folder, "site"), Path.Combine(root, "theme"), Port: 0), reporter, scheduling);
            var cold = await server.StartAsync();
            if (!cold.Succeeded)
            {
                Console.Error.WriteLine(string.Join("\n", cold.Errors));
                return 1;
            }

            Console.WriteLine($"{cold.Result!.Articles} articles, {cold.Result.Files} files; first build {cold.Elapsed.TotalMilliseconds:F0} ms");
            using var http = new HttpClient { BaseAddress = server.Urls[0], Timeout = Timeout.InfiniteTimeSpan };
            using var events = new StreamReader(await http.GetStreamAsync("/_kzedition/events"));
            await NextEventAsync(events, "hello");
            var files = source
                ? Directory.GetFiles(Path.Combine(input, "sources"), "*.txt").Order(StringComparer.Ordinal).ToArray()
                : Directory.GetFiles(Path.Combine(input, "articles"), "*.md").Order(StringComparer.Ordinal).ToArray();
            var times = new List<double>();
            var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
            for (var round = 0; round < rounds; round++)
            {
                var file = files[(round * 7919) % files.Length];
                var text = await File.ReadAllTextAsync(file);

                var end = source ? MiddleLineEnd(text) : FirstParagraphEnd(text);
                await Task.Delay(300); // let the last round's events settle
                var (gen0, gen1, gen2, paused) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                var stopwatch = Stopwatch.StartNew();
                var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
                var added = newParagraph ? $"{newline}{newline}Жаңа абзац, түзету{round}."
                    : newTerm ? $" ҚЖБ{(char)('А' + (round % 32))}"
                    : $" түзету{round}";
                await File.WriteAllTextAsync(file, text[..end] + added + text[end..]);
                await NextEventAsync(events, "reload");
                stopwatch.Stop();
                cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
                var build = reporter.Last!;
                times.Add(stopwatch.Elapsed.TotalMilliseconds);
                // After the engine's last phase: writing the changed files (SessionOutput.Commit), and the loading before the engine starts.
                var engineEnd = build.Result is { } result && result.Timings.Length > 0 ? result.Timings.Max(t => t.Started + t.Elapsed) : TimeSpan.Zero;
                Console.WriteLine($"  edit {round + 1,2}: {stopwatch.Elapsed.TotalMilliseconds,6:F1} ms to the reload event (build {build.Elapsed.TotalMilliseconds:F1} ms, {(build.Elapsed - engineEnd).TotalMilliseconds:F1} of it outside the engine), {build.Changed.Length} files changed; CPU {cpu.TotalMilliseconds:F0} ms; {allocated / 1e6:F0} MB allocated; GC {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2} (gen 0/1/2), paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F0} ms");
                if (build.Changed.Length > 20)
                {
                    // An edit that rewrites many files: say which (search buckets, when the paragraph's length norm moved).
                    var folders = build.Changed.GroupBy(f => f.Contains('/', StringComparison.Ordinal) ? f[..f.LastIndexOf('/')] : ".").OrderByDescending(g => g.Count()).Take(4);
                    Console.WriteLine($"           of them: {string.Join(", ", folders.Select(g => $"{g.Key}/ {g.Count()}"))}");
                }
            }

            // With a third argument, the whole timeline: what ran at the same time, and what waited.
            Console.WriteLine(timeline ? "the last edit's rebuild, phase by phase (from the engine's start):" : "slowest phases of the last edit's rebuild:");
            var timings = reporter.Last!.Result!.Timings.Where(t => t.Elapsed.TotalMilliseconds >= 0.5);
            foreach (var timing in timeline ? timings.OrderBy(t => t.Started) : timings.OrderByDescending(t => t.Elapsed).Take(10))
            {
                Console.WriteLine($"  {timing.Pipeline} {timing.Phase}: {timing.Elapsed.TotalMilliseconds:F1} ms ({timing.Started.TotalMilliseconds:F0}–{(timing.Started + timing.Elapsed).TotalMilliseconds:F0})");
            }

            Console.WriteLine("slowest modules of the last edit's rebuild (time summed over their documents):");
            foreach (var module in reporter.Last!.Result!.ModuleTimings.OrderByDescending(m => m.Elapsed + m.Checking).Take(allModules ? int.MaxValue : 10))
            {
                Console.WriteLine($"  {module.Pipeline}/{module.Module}: {module.Elapsed.TotalMilliseconds:F1} ms, {module.Runs} runs, {module.Remembered} remembered; {module.Allocated / 1e6:F1} MB allocated; checking the remembered {module.Checking.TotalMilliseconds:F1} ms");
            }

            times.Sort();
            Console.WriteLine($"one-paragraph edit, file write to reload event: median {times[times.Count / 2]:F0} ms, p90 {times[(int)(times.Count * 0.9)]:F0} ms, max {times[^1]:F0} ms");
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The end of the first paragraph after the front matter (or of the text).</summary>
    private static int FirstParagraphEnd(string text)
    {
        var body = text.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 5;
        var end = text.IndexOf("\n\n", body + 1, StringComparison.Ordinal);
        return end < 0 ? text.TrimEnd().Length : end;
    }

    /// <summary>The end of the first line of text (longer than 40 characters, so a line of the
    /// article's body, not a heading or furniture) from the middle of a source on; a
    /// single-line source has its one line's end.</summary>
    private static int MiddleLineEnd(string text)
    {
        for (var start = text.LastIndexOf('\n', text.Length / 2) + 1; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            if (text.AsSpan(start, end - start).Trim().Length > 40)
            {
                return end - (end > start && text[end - 1] == '\r' ? 1 : 0);
            }

            start = end + 1;
        }

        return text.TrimEnd().Length;
    }

    /// <summary>Reads the event stream up to the next event of that name.</summary>
    private static async Task NextEventAsync(StreamReader events, string name)
    {
        while (await events.ReadLineAsync() is { } line)
        {
            if (line == $"event: {name}")
            {
                return;
            }
        }

        throw new InvalidOperationException("the event stream ended");
    }

    /// <summary>Keeps the last build for the figures; prints nothing.</summary>
    private sealed class QuietReporter : IPreviewReporter
    {
        public SessionBuild? Last { get; private set; }

        public void BuildFinished(SessionBuild build, IReadOnlyCollection<string>? changes) => Last = build;

        public void Fault(Exception exception) => Console.Error.WriteLine(exception);
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
