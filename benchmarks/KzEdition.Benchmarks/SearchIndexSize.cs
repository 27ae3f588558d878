using System.Diagnostics;
using System.Globalization;
using KzEdition.Model;
using KzEdition.Search;

namespace KzEdition.Benchmarks;

/// <summary>
/// The search index at scale: N synthetic articles (eight of the real edition's paragraphs each,
/// words shuffled, seeded, as in <see cref="SyntheticEdition"/>), indexed by the build's
/// <see cref="SearchIndexBuilder"/> into a folder with the theme's search scripts; prints the
/// index's size per MB of text, its buckets, how long indexing took, then runs
/// benchmarks/search/first-query.mjs (node) for a reader's first queries: what each loads and how
/// long it takes.
/// </summary>
public static class SearchIndexSize
{
    public static int Run(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var root = Corpus.RepositoryRoot();
        var paragraphs = SyntheticEdition.RealParagraphs();
        var articles = new List<SearchArticle>(count);
        long textBytes = 0;
        for (var i = 0; i < count; i++)
        {
            var random = new Random(i);
            var body = new List<NumberedParagraph>();
            for (var p = 1; p <= 8; p++)
            {
                var words = paragraphs[random.Next(paragraphs.Count)].Split(' ');
                random.Shuffle(words);
                var text = string.Join(' ', words);
                textBytes += System.Text.Encoding.UTF8.GetByteCount(text);
                body.Add(new NumberedParagraph(p, text));
            }

            articles.Add(new SearchArticle($"Мақала {i + 1}", $"articles/maqala-{i + 1}/index.html", "kk", [.. body]));
        }

        var stopwatch = Stopwatch.StartNew();
        var files = SearchIndexBuilder.Build(articles);
        stopwatch.Stop();
        var folder = Directory.CreateTempSubdirectory("kzedition-search-bench-").FullName;
        try
        {
            foreach (var (path, content) in files)
            {
                var target = Path.Combine(folder, path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllText(target, content);
            }

            Directory.CreateDirectory(Path.Combine(folder, "assets", "search"));
            foreach (var script in new[] { "stemmer.js", "search.js" })
            {
                File.Copy(Path.Combine(root, "theme", "assets", "search", script), Path.Combine(folder, "assets", "search", script));
            }

            long Size(string sub) => files.Where(f => f.Path.StartsWith("search/" + sub, StringComparison.Ordinal)).Sum(f => (long)System.Text.Encoding.UTF8.GetByteCount(f.Content));
            var total = files.Sum(f => (long)System.Text.Encoding.UTF8.GetByteCount(f.Content));
            var terms = Size("terms/") + Size("more/");
            var buckets = files.Where(f => f.Path.StartsWith("search/terms/", StringComparison.Ordinal)).ToList();
            Console.WriteLine($"{count} articles, {count * 8} paragraphs, {textBytes / 1e6:F1} MB of text; indexed in {stopwatch.Elapsed.TotalSeconds:F1} s");
            Console.WriteLine($"index: {total / 1e6:F1} MB in {files.Length} files; terms and postings {terms / 1e6:F1} MB = {terms / (textBytes / 1e6) / 1e6:F2} MB per MB of text (texts for snippets {Size("text/") / 1e6:F1} MB)");
            Console.WriteLine($"{buckets.Count} term buckets, largest {buckets.Max(b => b.Content.Length) / 1024.0:F1} KiB; manifest {files[0].Content.Length / 1024.0:F1} KiB");
            var node = Process.Start(new ProcessStartInfo("node", [Path.Combine(root, "benchmarks", "search", "first-query.mjs"), folder,
                "Қазақстан", "НАТО-ның", "Qazaqstan", "казакстан", "Бейбітшілік үшін әріптестік", "\"Орталық Азия\"", "1994", "Робертсонмен", "ынтымақтастықты дамыту"])
            { RedirectStandardOutput = true });
            if (node is null)
            {
                Console.WriteLine("node is not installed: no query figures");
                return 0;
            }

            Console.Write(node.StandardOutput.ReadToEnd());
            node.WaitForExit();
            return node.ExitCode;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
