using System.Text;
using System.Text.RegularExpressions;
using KzEdition.Cleaning;
using KzEdition.Reading;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Cleaning;

/// <summary>
/// A synthetic edition for the witness search, seeded: a few hundred articles made of the real
/// edition's paragraphs, some verbatim (so that unrelated articles share some text and some
/// 4-grams are common) and most with their words shuffled (so that most of an article's text is
/// its own), and planted witnesses: copies of some articles in other sources, re-wrapped as a PDF
/// extraction is, with words changed and paragraphs dropped, some just above and some just below
/// the threshold, a few carried by two other sources, and a few in their original's own source
/// (never to be merged). Built as a build builds them: cleaned and segmented, then each segment
/// built into an article with the evidence of all the sources.
/// </summary>
internal static partial class WitnessCorpus
{
    private const string Separator = "\n--------------------\n";

    /// <summary>Containments a near-threshold copy aims at: each changes about one word in 4 / (1 − c) so that about c of the 4-grams survive.</summary>
    private static readonly double[] NearThreshold = [0.44, 0.47, 0.48, 0.49, 0.51, 0.52, 0.53, 0.56];

    private static readonly Lazy<List<CleanedArticle>> Built = new(() => Build(Sources()));

    public static IReadOnlyList<CleanedArticle> Articles => Built.Value;

    /// <summary>The real edition's running paragraphs (from the reviewed golden Markdown), longer than 200 characters, as the benchmark takes them.</summary>
    public static List<string> RealParagraphs() =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests", "KzEdition.Tests", "Golden", "RealInput"), "*.md")
            .Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllText(f).Split("---", 3)[^1].Split("\n\n"))
            .Select(p => p.Trim())
            .Where(p => p.Length > 200 && !p.StartsWith('#') && !p.StartsWith(":::", StringComparison.Ordinal) && !p.StartsWith('|') && !p.StartsWith('-'))
            .ToList();

    /// <summary>The sources, (file name, text): base-NNN.txt hold the articles (one to three a file), witness-NNN.txt the planted copies.</summary>
    public static List<(string Name, string Text)> Sources(int baseArticles = 240, int seed = 20_240)
    {
        var random = new Random(seed);
        var pool = RealParagraphs();
        var articles = new List<List<string>>();
        for (var i = 0; i < baseArticles; i++)
        {
            var paragraphs = new List<string> { $"Мақала {i + 1}" };
            var count = random.Next(4, 9);
            for (var p = 0; p < count; p++)
            {
                var paragraph = pool[random.Next(pool.Count)];
                paragraphs.Add(random.NextDouble() < 0.25 ? paragraph : Shuffled(paragraph, random));
            }

            articles.Add(paragraphs);
        }

        var changed = 0;
        string NewWord() => $"ауыс{++changed}";
        var order = Enumerable.Range(0, baseArticles).ToArray();
        random.Shuffle(order);
        var sameSource = new Dictionary<int, List<string>>();
        var witnesses = new List<List<string>>();
        var planted = baseArticles / 3;
        for (var k = 0; k < planted; k++)
        {
            var original = articles[order[k]];
            switch (k % 6)
            {
                case 0: // A few words changed.
                    witnesses.Add(ChangeWords(original, i => random.NextDouble() < 0.03, NewWord));
                    break;
                case 1: // Paragraphs dropped: the copy is a fragment of its original.
                    witnesses.Add([.. original.Where((p, i) => i < 2 || random.NextDouble() < 0.6)]);
                    break;
                case 2: // Just above or just below the threshold.
                case 3:
                    var every = 4 / (1 - NearThreshold[k / 6 % NearThreshold.Length]);
                    var offset = random.Next(4);
                    witnesses.Add(ChangeWords(original, i => (int)((i + offset + 1) / every) != (int)((i + offset) / every), NewWord));
                    break;
                case 4: // Two other sources carry it, with different changes.
                    witnesses.Add(ChangeWords(original, i => random.NextDouble() < 0.02, NewWord));
                    witnesses.Add([.. ChangeWords(original, i => random.NextDouble() < 0.05, NewWord).Where((p, i) => i != 2)]);
                    break;
                default: // In its original's own source, and far from it in another.
                    sameSource[order[k]] = ChangeWords(original, i => random.NextDouble() < 0.02, NewWord);
                    witnesses.Add(ChangeWords(original, i => i % 5 == 0, NewWord));
                    break;
            }
        }

        var sources = new List<(string, string)>();
        for (var i = 0; i < articles.Count;)
        {
            var inFile = Math.Min(random.Next(1, 4), articles.Count - i);
            var texts = new List<string>();
            for (var a = i; a < i + inFile; a++)
            {
                texts.Add(Text(articles[a], wrap: false));
                if (sameSource.TryGetValue(a, out var copy))
                {
                    texts.Add(Text(copy, wrap: false));
                }
            }

            sources.Add(($"base-{sources.Count + 1:D3}.txt", string.Join(Separator, texts)));
            i += inFile;
        }

        var shuffledWitnesses = witnesses.ToArray();
        random.Shuffle(shuffledWitnesses);
        for (var i = 0; i < shuffledWitnesses.Length;)
        {
            var inFile = Math.Min(random.Next(1, 3), shuffledWitnesses.Length - i);
            var wrap = random.NextDouble() < 0.6;
            sources.Add(($"witness-{sources.Count + 1:D3}.txt", string.Join(Separator, shuffledWitnesses.Skip(i).Take(inFile).Select(w => Text(w, wrap)))));
            i += inFile;
        }

        return sources;
    }

    /// <summary>Cleans, segments and builds each source with the evidence of all of them, as a build does (no editorial decisions).</summary>
    public static List<CleanedArticle> Build(IEnumerable<(string Name, string Text)> sources)
    {
        var decoded = sources.Select(s => SourceReader.Decode(Encoding.UTF8.GetBytes(s.Text), "input/sources/" + s.Name)).ToList();
        var words = WordEvidence.From(decoded.Select(d => d.Text));
        var cases = CaseEvidence.From(decoded.Select(d => d.Text));
        return
        [
            .. decoded.SelectMany(d => ArticleSegmenter.Segment(SourceCleaner.Clean(d, words))
                .Select(s => new CleanedArticle(ArticleBuilder.Build(s, cases, words, "kk"), s))),
        ];
    }

    private static string Shuffled(string paragraph, Random random)
    {
        var words = paragraph.Split(' ');
        random.Shuffle(words);
        return string.Join(' ', words);
    }

    /// <summary>The paragraphs with the words at the chosen places (counted over the body, the title line left out) replaced by new words.</summary>
    private static List<string> ChangeWords(List<string> paragraphs, Func<int, bool> changeAt, Func<string> newWord)
    {
        var at = 0;
        return [paragraphs[0], .. paragraphs.Skip(1).Select(p => Word().Replace(p, m => changeAt(at++) ? newWord() : m.Value))];
    }

    /// <summary>One article's text: a paragraph a line (a web export), or hard-wrapped at 70 characters (a PDF extraction); a blank line between paragraphs.</summary>
    private static string Text(List<string> paragraphs, bool wrap) =>
        string.Join("\n\n", paragraphs.Select(p => wrap ? Wrapped(p, 70) : p));

    private static string Wrapped(string paragraph, int width)
    {
        var lines = new StringBuilder();
        var line = 0;
        foreach (var word in paragraph.Split(' '))
        {
            if (line > 0 && line + 1 + word.Length > width)
            {
                lines.Append('\n');
                line = 0;
            }
            else if (line > 0)
            {
                lines.Append(' ');
                line++;
            }

            lines.Append(word);
            line += word.Length;
        }

        return lines.ToString();
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}\p{Mn}]*(?:-[\p{L}\p{N}][\p{L}\p{N}\p{Mn}]*)*")]
    private static partial Regex Word();
}
