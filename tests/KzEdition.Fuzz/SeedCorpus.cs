using System.Text;
using KzEdition.Cleaning;
using KzEdition.Markdown;
using KzEdition.Reading;

namespace KzEdition.Fuzz;

/// <summary>
/// The seed corpus of a target, made from the real input: the sources whole and in slices of about
/// 4 KB (cut at line ends, so that libFuzzer starts from small inputs too), pairs of them for the
/// witnesses (two sources split by a form feed), the pages, and, for the
/// Markdown targets, the Markdown the build writes for each article of the sources (front matter
/// and all: input/articles/ holds none yet, and a corrected article starts as this Markdown).
/// </summary>
public static class SeedCorpus
{
    private const int Slice = 4096;

    public static int Write(string target, string input, string folder)
    {
        Directory.CreateDirectory(folder);
        var sources = Directory.EnumerateFiles(Path.Combine(input, "sources"), "*.txt").Order(StringComparer.Ordinal).ToList();
        var seeds = new List<(string Name, byte[] Bytes)>();
        if (target is "source" or "cleaner")
        {
            foreach (var path in sources)
            {
                var bytes = File.ReadAllBytes(path);
                seeds.Add((Path.GetFileName(path), bytes));
                seeds.AddRange(Slices(bytes).Select((s, i) => ($"{Path.GetFileNameWithoutExtension(path)}.{i:D2}.txt", s)));
            }
        }
        else if (target is "witnesses")
        {
            // Each source beside each other (000 and 002 share an article), and each slice beside itself.
            var bytes = sources.Select(File.ReadAllBytes).ToList();
            for (var i = 0; i < bytes.Count; i++)
            {
                for (var j = i + 1; j < bytes.Count; j++)
                {
                    seeds.Add(($"{i}-{j}.txt", [.. bytes[i], (byte)'\f', .. bytes[j]]));
                }

                seeds.AddRange(Slices(bytes[i]).Select((s, k) => ($"{i}.{k:D2}-itself.txt", (byte[])[.. s, (byte)'\f', .. s])));
            }
        }
        else
        {
            foreach (var folderName in new[] { "pages", "articles" })
            {
                var markdownFolder = Path.Combine(input, folderName);
                if (Directory.Exists(markdownFolder))
                {
                    seeds.AddRange(Directory.EnumerateFiles(markdownFolder, "*.md").Order(StringComparer.Ordinal).Select(p => ($"{folderName}-{Path.GetFileName(p)}", File.ReadAllBytes(p))));
                }
            }

            foreach (var path in sources)
            {
                var source = SourceReader.Decode(File.ReadAllBytes(path), "input/sources/" + Path.GetFileName(path));
                var words = WordEvidence.From([source.Text]);
                var cases = CaseEvidence.From([source.Text]);
                foreach (var segment in ArticleSegmenter.Segment(SourceCleaner.Clean(source, words)))
                {
                    var markdown = ArticleMarkdownWriter.Write(ArticleBuilder.Build(segment, cases, words, "kk"));
                    seeds.Add(($"{Path.GetFileNameWithoutExtension(path)}-{segment.Ordinal}.md", Encoding.UTF8.GetBytes(markdown)));
                }
            }
        }

        foreach (var (name, bytes) in seeds)
        {
            File.WriteAllBytes(Path.Combine(folder, name), bytes);
        }

        return seeds.Count;
    }

    /// <summary>Consecutive runs of whole lines of about <see cref="Slice"/> bytes (UTF-8 is never cut inside a character).</summary>
    private static IEnumerable<byte[]> Slices(byte[] bytes)
    {
        for (var start = 0; start < bytes.Length;)
        {
            var end = Math.Min(bytes.Length, start + Slice);
            if (end < bytes.Length && Array.LastIndexOf(bytes, (byte)'\n', end - 1, end - start) is var newline and >= 0)
            {
                end = newline + 1;
            }

            yield return bytes[start..end];
            start = end;
        }
    }
}
