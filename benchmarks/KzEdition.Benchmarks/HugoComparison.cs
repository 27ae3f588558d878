using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace KzEdition.Benchmarks;

/// <summary>
/// A cold build of the same synthetic articles by KzEdition and by Hugo, side by side: the
/// articles of <see cref="SyntheticEdition"/> given to KzEdition as raw sources (its real
/// workflow: cleaning, witnesses, Latin pages, indices, search, print edition) and to Hugo as
/// Markdown with two to four tags each (rendering plus one taxonomy). The two run in turn, each
/// into a new empty folder, and each run's wall time and peak resident memory are measured from
/// outside the tool; the ratios are taken pair by pair, so a drift of the machine's speed during
/// the run cancels out.
/// </summary>
/// <remarks>
/// Peak memory is the child's own high-water mark as the kernel counts it (<c>getrusage</c> of a
/// helper process that runs nothing but that one command: <c>--measure</c>), the figure
/// <c>/usr/bin/time -v</c> prints as "Maximum resident set size".
/// </remarks>
public static class HugoComparison
{
    /// <summary>The tags Hugo's articles are filed under: names and acronyms the edition's text is full of.</summary>
    private static readonly string[] Tags =
    [
        "НАТО", "Қазақстан", "Ресей", "Қытай", "АҚШ", "Түркия", "Орталық Азия", "ЕҚЫҰ", "ҰҚШҰ", "ШЫҰ",
        "ЕАӘК", "Бейбітшілік жолындағы әріптестік", "қауіпсіздік", "ынтымақтастық", "Ауғанстан", "ISAF",
        "әскери реформа", "Назарбаев", "бітімгершілік", "Еуропа",
    ];

    public static async Task<int> Run(string[] args)
    {
        if (args.Length > 0 && args[0] == "--measure")
        {
            return Measure(args[1..]);
        }

        var options = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal) || a == "--").ToList();
        var sizes = options.Count > 0 ? options[0].Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToArray() : [1000];
        var rounds = options.Count > 1 ? int.Parse(options[1], CultureInfo.InvariantCulture) : 3;
        var kzedition = args.SkipWhile(a => a != "--kzedition").Skip(1).FirstOrDefault() ?? DefaultCli();
        var hugo = FindOnPath("hugo");
        if (hugo is null)
        {
            Console.Error.WriteLine("Hugo is not installed (apt-get install hugo): there is nothing to compare with.");
            return 2;
        }

        if (!File.Exists(kzedition))
        {
            Console.Error.WriteLine($"KzEdition's command line is not built at {kzedition}: run `dotnet build -c Release src/KzEdition.Cli` first, or give --kzedition PATH.");
            return 2;
        }

        // Several sizes (100,1000,10000) in one run share one folder, deleted only after the last:
        // a size measured after the last one's outputs were deleted would pay for the deletion
        // (see the loop below).
        var folder = Directory.CreateTempSubdirectory("kzedition-vs-hugo-").FullName;
        try
        {
            foreach (var articles in sizes)
            {
                await Compare(Path.Combine(folder, articles.ToString(CultureInfo.InvariantCulture)), articles, rounds, kzedition, hugo);
            }

            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task Compare(string folder, int articles, int rounds, string kzedition, string hugo)
    {
        var input = Path.Combine(folder, "input");
        var site = Path.Combine(folder, "hugo");
        SyntheticEdition.Write(input, articles);
        WriteHugoSite(input, site);
        var theme = Path.Combine(Corpus.RepositoryRoot(), "theme");
        Console.WriteLine($"{articles} articles; {rounds} rounds, after one warm-up of each; KzEdition {kzedition}; {Version(hugo)}");

        var ours = new List<(double Wall, long Rss)>();
        var theirs = new List<(double Wall, long Rss)>();
        for (var round = 0; round <= rounds; round++)
        {
            var hugoOut = Path.Combine(folder, $"hugo-out-{round}");
            var ourOut = Path.Combine(folder, $"out-{round}");
            var h = await RunMeasured(hugo, ["--quiet", "--source", site, "--destination", hugoOut]);
            var k = await RunMeasured(kzedition, ["build", "--input", input, "--output", ourOut, "--theme", theme]);

            // The outputs stay until the end: after thousands of files are deleted, an ext4
            // without a journal (this machine's) passes over each recently deleted inode to make
            // a new file, for minutes, and that slowed Hugo's runs by half (0.76 s, then
            // 1.5–1.6 s at 1,000 articles). README, "Benchmarks".

            var label = round == 0 ? "warm-up" : $"round {round}";
            Console.WriteLine($"  {label,-8} Hugo {h.Wall,7:F2} s {h.Rss / 1024,5} MB   KzEdition {k.Wall,7:F2} s {k.Rss / 1024,5} MB   ratio {k.Wall / h.Wall,5:F2}× time, {(double)k.Rss / h.Rss,5:F2}× memory");
            if (round > 0)
            {
                theirs.Add(h);
                ours.Add(k);
            }
        }

        var timeRatios = ours.Zip(theirs, (k, h) => k.Wall / h.Wall).ToList();
        var memoryRatios = ours.Zip(theirs, (k, h) => (double)k.Rss / h.Rss).ToList();
        Console.WriteLine($"median: Hugo {Median(theirs.Select(t => t.Wall)):F2} s, {Median(theirs.Select(t => (double)t.Rss)) / 1024:F0} MB; "
            + $"KzEdition {Median(ours.Select(t => t.Wall)):F2} s, {Median(ours.Select(t => (double)t.Rss)) / 1024:F0} MB; "
            + $"KzEdition / Hugo {Median(timeRatios):F2}× time (pairs {timeRatios.Min():F2}–{timeRatios.Max():F2}), {Median(memoryRatios):F2}× peak memory");
    }

    /// <summary>The same articles as a Hugo site: one Markdown file an article, with its title, a date and two to four tags.</summary>
    private static void WriteHugoSite(string input, string site)
    {
        Directory.CreateDirectory(Path.Combine(site, "content", "articles"));
        File.WriteAllText(Path.Combine(site, "config.toml"), """
            baseURL = "https://example.org/"
            languageCode = "kk"
            title = "Synthetic edition"
            disableKinds = ["RSS", "sitemap", "robotsTXT"]
            [taxonomies]
              tag = "tags"
            """);
        WriteLayout(site, "_default/baseof.html", """
            <!DOCTYPE html>
            <html lang="kk"><head><meta charset="utf-8"><title>{{ .Title }} — {{ .Site.Title }}</title></head>
            <body><main>{{ block "main" . }}{{ end }}</main></body></html>
            """);
        WriteLayout(site, "_default/single.html", """
            {{ define "main" }}<article><h1>{{ .Title }}</h1>{{ .Content }}
            <p>{{ range .Params.tags }}<a href="{{ "tags/" | relURL }}{{ . | urlize }}/">{{ . }}</a> {{ end }}</p></article>{{ end }}
            """);
        WriteLayout(site, "_default/list.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
            """);
        var files = Directory.GetFiles(Path.Combine(input, "sources"), "*.txt").Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < files.Length; i++)
        {
            var random = new Random(i);
            var text = File.ReadAllText(files[i]).Split("\n\n", 2);
            var tags = random.GetItems(Tags, random.Next(2, 5)).Distinct().Select(t => $"\"{t}\"");
            var markdown = new StringBuilder()
                .Append("---\ntitle: \"").Append(text[0].Replace("\"", "'", StringComparison.Ordinal)).Append("\"\n")
                .Append("date: 2020-01-01\n")
                .Append("tags: [").AppendJoin(", ", tags).Append("]\n---\n\n")
                .Append(text.Length > 1 ? text[1] : "");
            File.WriteAllText(Path.Combine(site, "content", "articles", Path.GetFileNameWithoutExtension(files[i]) + ".md"), markdown.ToString());
        }
    }

    private static void WriteLayout(string site, string name, string text)
    {
        var path = Path.Combine(site, "layouts", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Runs a command through this program's <c>--measure</c> helper: its wall time and peak resident memory (KB).</summary>
    private static async Task<(double Wall, long Rss)> RunMeasured(string command, string[] arguments)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (Path.GetFileName(self) is "dotnet")
        {
            start.ArgumentList.Add(typeof(HugoComparison).Assembly.Location);
        }

        foreach (var argument in (string[])["--vs-hugo", "--measure", command, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var fields = (await output).Trim().Split(' ');
        if (process.ExitCode != 0 || fields.Length != 2)
        {
            throw new InvalidOperationException($"{command} failed (exit {process.ExitCode}):\n{await error}");
        }

        return (double.Parse(fields[0], CultureInfo.InvariantCulture), long.Parse(fields[1], CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// The helper: runs one command, its output thrown away, and prints its wall time in seconds and
    /// its peak resident memory in KB. This process has no other child, so the kernel's maximum over
    /// its children is that command's own.
    /// </summary>
    private static int Measure(string[] command)
    {
        var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in command[1..])
        {
            start.ArgumentList.Add(argument);
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        stopwatch.Stop();
        _ = output.Result;
        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine(error.Result);
            return process.ExitCode;
        }

        if (GetRusage(RusageChildren, out var usage) != 0)
        {
            Console.Error.WriteLine("getrusage failed");
            return 1;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stopwatch.Elapsed.TotalSeconds:F3} {usage.MaxRss}"));
        return 0;
    }

    private static string DefaultCli()
    {
        var bin = Path.Combine(Corpus.RepositoryRoot(), "src", "KzEdition.Cli", "bin", "Release", "net10.0");
        return Path.Combine(bin, OperatingSystem.IsWindows() ? "KzEdition.Cli.exe" : "KzEdition.Cli");
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);

    private static string Version(string hugo)
    {
        using var process = Process.Start(new ProcessStartInfo(hugo, "version") { RedirectStandardOutput = true })!;
        var text = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return text.Split(' ').Take(2).Aggregate((a, b) => a + " " + b);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private const int RusageChildren = -1;

    /// <summary>struct rusage of Linux x86-64 and arm64: two timevals, then longs, ru_maxrss (KB) first.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long MaxRss;
        public long IxRss;
        public long IdRss;
        public long IsRss;
        public long MinFlt;
        public long MajFlt;
        public long NSwap;
        public long InBlock;
        public long OuBlock;
        public long MsgSnd;
        public long MsgRcv;
        public long NSignals;
        public long NvCsw;
        public long NivCsw;
    }

    [DllImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    private static extern int GetRusage(int who, out Rusage usage);
}
