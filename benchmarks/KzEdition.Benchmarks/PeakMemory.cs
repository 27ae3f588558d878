using System.Diagnostics;
using System.Globalization;
using KzEdition.Cleaning;
using KzEdition.Reading;

namespace KzEdition.Benchmarks;

/// <summary>
/// Peak memory of cleaning: by default one big file (the sources concatenated into a single
/// source of the given size in MB) cleaned once; with <c>--many-files</c> the same size as many
/// files (the sources repeated), cleaned one after another with each result dropped, as a build
/// of a large edition would. <c>--no-clean</c> stops before cleaning, for the cost of holding
/// the input alone. Run it under <c>/usr/bin/time -v</c> at several sizes to see what memory
/// grows with: the file's size or the total input.
/// </summary>
public static class PeakMemory
{
    public static int Run(string[] args)
    {
        if (args.Length == 0 || !double.TryParse(args[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var megabytes) || megabytes <= 0)
        {
            Console.Error.WriteLine("usage: --peak-memory <size in MB> [--many-files] [--no-clean]");
            return 2;
        }

        var clean = !args.Contains("--no-clean");
        var targetBytes = (long)(megabytes * 1e6);
        var sources = Corpus.ReadSources();
        var decoded = sources.Select(s => SourceReader.Decode(s.Bytes, s.Path)).ToList();
        var evidence = WordEvidence.From(decoded.Select(s => s.Text));
        SourceText[] files;
        long utf8Bytes;
        if (args.Contains("--many-files"))
        {
            // Copies of the decoded texts, made one at a time: no raw bytes held beside them.
            var rounds = Corpus.Rounds(sources, targetBytes);
            utf8Bytes = rounds * sources.Sum(s => (long)s.Bytes.Length);
            files = [.. Enumerable.Range(0, rounds).SelectMany(round => decoded.Select(s =>
                s with { Path = $"input/sources/copy-{round:D4}/{s.FileName}", Text = new string(s.Text) }))];
        }
        else
        {
            files = [Corpus.Concatenate(decoded, targetBytes, out utf8Bytes)];
        }

        GC.Collect();
        var before = PeakWorkingSet();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        var watch = Stopwatch.StartNew();
        var blocks = 0L;
        var layouts = new SortedSet<SourceLayout>();
        if (clean)
        {
            foreach (var file in files)
            {
                var cleaned = SourceCleaner.Clean(file, evidence);
                blocks += cleaned.Blocks.Length;
                layouts.Add(cleaned.Layout);
            }
        }

        watch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var after = PeakWorkingSet();
        var largest = files.Max(f => f.Text.Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"input: {files.Length:N0} file(s), {utf8Bytes / 1e6:F1} MB UTF-8, largest {largest:N0} chars; evidence from {decoded.Count} sources"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"peak working set before cleaning: {before / 1e6:F0} MB"));
        if (clean)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"cleaned: layout {string.Join(", ", layouts)}, {blocks:N0} blocks, in {watch.Elapsed.TotalSeconds:F2} s ({utf8Bytes / 1e6 / watch.Elapsed.TotalSeconds:F1} MB/s, first run, JIT included); allocated {allocated / 1e6:F0} MB"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"peak working set after cleaning: {after / 1e6:F0} MB (cleaning added {(after - before) / 1e6:F0} MB, {(after - before) / (double)utf8Bytes:F1}x the input)"));
        }

        GC.KeepAlive(files);
        return 0;
    }

    private static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
