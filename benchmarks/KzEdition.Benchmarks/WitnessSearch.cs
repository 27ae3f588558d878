using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using KzEdition.Cleaning;
using KzEdition.Reading;

namespace KzEdition.Benchmarks;

/// <summary>
/// The witness step at scale: N synthetic articles, each a title and eight of the real edition's
/// paragraphs (words shuffled, seeded, as in <see cref="SyntheticEdition"/>, but each paragraph's
/// first twelve words kept in order: phrases many articles share, as real ones share set phrases,
/// so that some 4-grams are common), every twentieth a witness of the one before it (a copy in
/// another source with about one word in thirty changed). No two articles but a planted pair share
/// half their text, so the pairs to find grow with the articles, as the work should. Each article is the
/// one segment of its own source, made directly of blocks: the cleaner is measured elsewhere.
/// Prints the time and memory allocated to make the signatures, to find the groups, and for the
/// whole <see cref="WitnessMerger.Merge(IReadOnlyList{CleanedArticle}, Action{Engine.Diagnostic})"/>
/// (signatures, groups and the combining of the witnesses found), each the fastest of a few rounds;
/// run at 1,000 and 10,000 to see how the step grows.
/// </summary>
public static class WitnessSearch
{
    private const int ParagraphsAnArticle = 8;

    private const int WitnessEvery = 20;

    private const int SharedPhraseWords = 12;

    public static int Run(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        var paragraphs = SyntheticEdition.RealParagraphs();
        var segments = Segments(count, paragraphs);
        var cases = CaseEvidence.From(paragraphs);
        List<CleanedArticle> articles = [.. segments.Select(s => new CleanedArticle(ArticleBuilder.Build(s, cases, WordEvidence.Empty, "kk"), s))];
        var words = segments.Sum(s => s.Blocks.Sum(b => b.Text.Count(c => c == ' ') + 1));

        // Once on a few articles first, so that no figure below includes compiling the code.
        WitnessMerger.Merge(articles[..Math.Min(200, count)], _ => { });

        var (signatures, signing, signingBytes) = Measured(rounds, () => segments.Select(WitnessSignature.Of).ToArray());
        var sources = Enumerable.Range(0, count).ToArray();
        var (groups, grouping, groupingBytes) = Measured(rounds, () => WitnessCandidates.Groups(signatures, sources, WitnessMerger.SameArticleContainment));
        var reports = 0;
        var (merged, merging, mergingBytes) = Measured(rounds, () => WitnessMerger.Merge(articles, _ => reports++));
        reports /= rounds;

        var shingles = signatures.Sum(s => (long)s.Shingles.Length);
        Console.WriteLine($"{count} articles, {words / 1e6:F1} M words, {shingles / 1e6:F1} M distinct shingles; {groups.Count(g => !g.Merged.IsEmpty)} groups of witnesses, {merged.Length} articles after merging ({reports} merges)");
        Console.WriteLine($"fastest of {rounds} rounds:");
        Console.WriteLine($"signatures: {signing.TotalMilliseconds,8:F0} ms, {signingBytes / 1e6,7:F0} MB allocated");
        Console.WriteLine($"groups:     {grouping.TotalMilliseconds,8:F0} ms, {groupingBytes / 1e6,7:F0} MB allocated (index, candidates, exact containment)");
        Console.WriteLine($"Merge:      {merging.TotalMilliseconds,8:F0} ms, {mergingBytes / 1e6,7:F0} MB allocated (signatures, groups, witnesses combined)");
        return 0;
    }

    /// <summary>The step run a number of times: its result, its fastest time (the machine may be busy) and what one run allocates.</summary>
    private static (T Result, TimeSpan Fastest, long Allocated) Measured<T>(int rounds, Func<T> step)
    {
        var (result, fastest, allocated) = (default(T)!, TimeSpan.MaxValue, 0L);
        for (var round = 0; round < rounds; round++)
        {
            GC.Collect();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var stopwatch = Stopwatch.StartNew();
            result = step();
            stopwatch.Stop();
            (fastest, allocated) = (stopwatch.Elapsed < fastest ? stopwatch.Elapsed : fastest, GC.GetTotalAllocatedBytes(precise: true) - before);
        }

        return (result, fastest, allocated);
    }

    /// <summary>The articles, each the one segment of its own source; a witness copies the article before it.</summary>
    private static List<ArticleSegment> Segments(int count, List<string> paragraphs)
    {
        var segments = new List<ArticleSegment>(count);
        var changed = 0;
        for (var i = 0; i < count; i++)
        {
            var random = new Random(i);
            List<string> texts;
            if (i % WitnessEvery == WitnessEvery - 1)
            {
                texts = [.. segments[^1].Blocks.Select(b => string.Join(' ', b.Text.Split(' ').Select(w => random.Next(30) == 0 ? $"ауыс{++changed}" : w)))];
            }
            else
            {
                texts = [$"Мақала {i + 1}"];
                for (var p = 0; p < ParagraphsAnArticle; p++)
                {
                    var words = paragraphs[random.Next(paragraphs.Count)].Split(' ');
                    random.Shuffle(words.AsSpan(SharedPhraseWords));
                    texts.Add(string.Join(' ', words));
                }
            }

            ImmutableArray<TextBlock> blocks = [.. texts.Select((t, p) => new TextBlock(p == 0 ? BlockKind.Title : BlockKind.Paragraph, t, 2 * p + 1, 2 * p + 1))];
            var name = $"{i + 1:D5}.txt";
            var source = new SourceText("input/sources/" + name, name, string.Join("\n\n", texts), "UTF-8");
            segments.Add(new ArticleSegment(new CleanedSource(source, SourceLayout.ParagraphPerLine, blocks, [], [], []), 1, blocks, "start of the source"));
        }

        return segments;
    }
}
