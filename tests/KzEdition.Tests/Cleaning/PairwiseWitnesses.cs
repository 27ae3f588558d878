using System.Text.RegularExpressions;
using KzEdition.Cleaning;
using KzEdition.Text;

namespace KzEdition.Tests.Cleaning;

/// <summary>
/// The witness search as it was before the candidate index, kept as the oracle the index is held
/// to: every pair of articles of different sources compared, each word 4-gram a string, the groups
/// made greedily in list order. Quadratic on purpose; only for tests.
/// </summary>
internal static partial class PairwiseWitnesses
{
    private const int ShingleWords = 4;

    /// <summary>The folded words of a segment's text, its head and reference heading left out, as the merger took them.</summary>
    public static List<string> FoldedWords(ArticleSegment segment) =>
        [.. segment.Blocks
            .Where(b => !BlockClassifier.IsHeadKind(b.Kind) && b.Kind is not (BlockKind.ReferencesHeading or BlockKind.Boundary))
            .SelectMany(b => Word().Matches(b.Text).Select(m => TextKey.Fold(m.Value)))];

    public static HashSet<string> Shingles(List<string> words)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + ShingleWords <= words.Count; i++)
        {
            set.Add($"{words[i]} {words[i + 1]} {words[i + 2]} {words[i + 3]}");
        }

        return set;
    }

    public static double Containment(HashSet<string> a, HashSet<string> b)
    {
        var smaller = a.Count <= b.Count ? a : b;
        var larger = ReferenceEquals(smaller, a) ? b : a;
        return smaller.Count == 0 ? 0 : smaller.Count(larger.Contains) / (double)smaller.Count;
    }

    /// <summary>Every pair of segments of different sources whose containment reaches the threshold, in (first, second) order.</summary>
    public static List<WitnessPair> Pairs(IReadOnlyList<ArticleSegment> segments, double threshold = WitnessMerger.SameArticleContainment)
    {
        var shingles = segments.Select(s => Shingles(FoldedWords(s))).ToArray();
        var pairs = new List<WitnessPair>();
        for (var i = 0; i < segments.Count; i++)
        {
            for (var j = i + 1; j < segments.Count; j++)
            {
                if (segments[j].Source != segments[i].Source)
                {
                    var containment = Containment(shingles[i], shingles[j]);
                    if (containment >= threshold)
                    {
                        pairs.Add(new WitnessPair(i, j, containment));
                    }
                }
            }
        }

        return pairs;
    }

    /// <summary>
    /// The groups as the pairwise loop made them, flattened: a row (leader, leader, -1) opens each
    /// group, then one row (leader, merged, containment) a merged article, in the order of the loop.
    /// </summary>
    public static List<(int Leader, int Member, double Containment)> Groups(IReadOnlyList<ArticleSegment> segments, double threshold = WitnessMerger.SameArticleContainment)
    {
        var shingles = segments.Select(s => Shingles(FoldedWords(s))).ToArray();
        var mergedInto = new int[segments.Count];
        Array.Fill(mergedInto, -1);
        var rows = new List<(int, int, double)>();
        for (var i = 0; i < segments.Count; i++)
        {
            if (mergedInto[i] >= 0)
            {
                continue;
            }

            rows.Add((i, i, -1));
            for (var j = i + 1; j < segments.Count; j++)
            {
                if (mergedInto[j] < 0 && segments[j].Source != segments[i].Source)
                {
                    var containment = Containment(shingles[i], shingles[j]);
                    if (containment >= threshold)
                    {
                        mergedInto[j] = i;
                        rows.Add((i, j, containment));
                    }
                }
            }
        }

        return rows;
    }

    /// <summary>The build report's lines for the merges, as the pairwise loop wrote them: (file, line, message).</summary>
    public static List<(string File, int Line, string Message)> Reports(IReadOnlyList<ArticleSegment> segments) =>
        [.. Groups(segments).Where(r => r.Member != r.Leader).Select(r =>
        {
            var (leader, merged) = (segments[r.Leader], segments[r.Member]);
            return (merged.Source.Source.Path, merged.FirstLine,
                $"same article as {leader.Source.Source.FileName} lines {leader.FirstLine}–{leader.LastLine} ({r.Containment:P0} of the shorter text's word 4-grams shared): merged as two witnesses");
        })];

    /// <summary>The index's groups flattened as <see cref="Groups"/> flattens the oracle's.</summary>
    public static List<(int Leader, int Member, double Containment)> Flattened(IEnumerable<WitnessGroup> groups) =>
        [.. groups.SelectMany(g => g.Merged.Select(p => (g.Leader, p.Second, p.Containment)).Prepend((g.Leader, g.Leader, -1.0)))];

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}\p{Mn}]*(?:-[\p{L}\p{N}][\p{L}\p{N}\p{Mn}]*)*")]
    private static partial Regex Word();
}
