using System.Collections.Immutable;
using System.Text.RegularExpressions;
using KzEdition.Engine;
using KzEdition.Model;
using KzEdition.Text;

namespace KzEdition.Cleaning;

/// <summary>
/// Finds articles that two sources both carry, by text similarity alone (never by file name),
/// and makes each one article with several witnesses: the fuller witness gives the reading text,
/// a witness that prints the title gives the title, and the words in which the witnesses differ
/// are kept as variant notes. Differences of line breaks and hyphenation are not variants: the
/// words are compared after cleaning.
/// </summary>
public static partial class WitnessMerger
{
    /// <summary>Share of the shorter text's word 4-grams the longer must contain to be the same article.</summary>
    public const double SameArticleContainment = 0.5;

    private const int ShingleWords = 4; // Shingles() spells out the four words.

    /// <summary>More variant notes than this are summed up in one note: the witnesses are then too different to list word by word.</summary>
    private const int MaxVariantNotes = 400;

    public static ImmutableArray<Article> Merge(IReadOnlyList<CleanedArticle> articles, Action<Diagnostic> report)
    {
        var words = articles.Select(a => ComparableWords(a.Segment)).ToArray();
        var shingles = words.Select(w => Shingles(w.Select(x => x.Word).ToList())).ToArray();
        var mergedInto = new int[articles.Count];
        Array.Fill(mergedInto, -1);
        var groups = new List<List<int>>();
        for (var i = 0; i < articles.Count; i++)
        {
            if (mergedInto[i] >= 0)
            {
                continue;
            }

            var group = new List<int> { i };
            for (var j = i + 1; j < articles.Count; j++)
            {
                if (mergedInto[j] < 0 && articles[j].Segment.Source != articles[i].Segment.Source)
                {
                    var containment = Containment(shingles[i], shingles[j]);
                    if (containment >= SameArticleContainment)
                    {
                        mergedInto[j] = i;
                        group.Add(j);
                        report(Diagnostic.Info(
                            $"same article as {articles[i].Segment.Source.Source.FileName} lines {articles[i].Segment.FirstLine}–{articles[i].Segment.LastLine} ({containment:P0} of the shorter text's word 4-grams shared): merged as two witnesses",
                            articles[j].Segment.Source.Source.Path, articles[j].Segment.FirstLine));
                    }
                }
            }

            groups.Add(group);
        }

        return [.. groups.Select(g => g.Count == 1 ? articles[g[0]].Article : Combine(g.Select(k => (articles[k], words[k])).ToList()))];
    }

    private static Article Combine(List<(CleanedArticle Cleaned, List<(string Word, string Original, int Line)> Words)> witnesses)
    {
        // The fuller witness gives the reading text; on a tie, the one with fewer line breaks to repair.
        var ordered = witnesses
            .OrderByDescending(w => w.Words.Count)
            .ThenBy(w => w.Cleaned.Segment.Source.Layout == SourceLayout.HardWrapped ? 1 : 0)
            .ToList();
        var primary = ordered[0];
        var article = primary.Cleaned.Article;
        var titled = ordered.FirstOrDefault(w => w.Cleaned.Article.TitleSource == TitleSource.Source).Cleaned?.Article;
        var notes = article.Notes.ToBuilder();
        foreach (var other in ordered.Skip(1))
        {
            notes.AddRange(other.Cleaned.Article.Notes.Where(n => n.Kind != "no-references"));
            notes.AddRange(Variants(primary.Words, other.Words, other.Cleaned.Segment.Source.Source.FileName));
        }

        var withHead = ordered.Select(w => w.Cleaned.Article).FirstOrDefault(a => !a.Authors.IsEmpty) ?? article;
        return article with
        {
            Title = titled?.Title ?? article.Title,
            TitleSource = titled?.TitleSource ?? article.TitleSource,
            Slug = titled is null ? article.Slug : Slugifier.Slugify(titled.Title),
            Authors = withHead.Authors,
            Affiliations = withHead.Affiliations,
            Abstract = article.Abstract ?? ordered.Select(w => w.Cleaned.Article.Abstract).FirstOrDefault(a => a is not null),
            Keywords = article.Keywords.IsEmpty ? ordered.Select(w => w.Cleaned.Article.Keywords).FirstOrDefault(k => !k.IsEmpty, []) : article.Keywords,
            Status = ordered.Any(w => w.Cleaned.Article.Status == ArticleStatus.Complete) ? ArticleStatus.Complete : ArticleStatus.Fragment,
            Witnesses = [.. ordered.Select((w, index) => w.Cleaned.Article.Witnesses[0] with { Primary = index == 0 })],
            Notes = notes.ToImmutable(),
        };
    }

    private static List<EditorialNote> Variants(List<(string Word, string Original, int Line)> primary, List<(string Word, string Original, int Line)> other, string otherSource)
    {
        var hunks = WordDiff.Compare(primary.Select(w => w.Word).ToList(), other.Select(w => w.Word).ToList());
        var notes = hunks.Take(MaxVariantNotes).Select(h =>
        {
            var lemma = string.Join(' ', primary.Skip(h.AStart).Take(h.AEnd - h.AStart).Select(w => w.Original));
            var reading = string.Join(' ', other.Skip(h.BStart).Take(h.BEnd - h.BStart).Select(w => w.Original));
            var line = h.BStart < other.Count ? other[h.BStart].Line : other.Count > 0 ? other[^1].Line : 0;
            return new EditorialNote("variant", reading, otherSource, line, lemma.Length == 0 ? "" : lemma);
        }).ToList();
        if (hunks.Count > MaxVariantNotes)
        {
            notes.Add(new EditorialNote("variants-omitted", (hunks.Count - MaxVariantNotes).ToString(System.Globalization.CultureInfo.InvariantCulture), otherSource));
        }

        return notes;
    }

    /// <summary>The words of a segment's text (its head and reference heading left out), folded for comparison, each with its source line.</summary>
    private static List<(string Word, string Original, int Line)> ComparableWords(ArticleSegment segment) =>
        [.. segment.Blocks
            .Where(b => !BlockClassifier.IsHeadKind(b.Kind) && b.Kind is not (BlockKind.ReferencesHeading or BlockKind.Boundary))
            .SelectMany(b => Word().Matches(b.Text).Select(m => (TextKey.Fold(m.Value), m.Value, b.LineAt(m.Index))))];

    private static HashSet<string> Shingles(List<string> words)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + ShingleWords <= words.Count; i++)
        {
            // Indexed, not Skip(i): Skip on a list walks from the start, which made this O(n²).
            set.Add($"{words[i]} {words[i + 1]} {words[i + 2]} {words[i + 3]}");
        }

        return set;
    }

    private static double Containment(HashSet<string> a, HashSet<string> b)
    {
        var smaller = a.Count <= b.Count ? a : b;
        var larger = ReferenceEquals(smaller, a) ? b : a;
        return smaller.Count == 0 ? 0 : smaller.Count(larger.Contains) / (double)smaller.Count;
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}\p{Mn}]*(?:-[\p{L}\p{N}][\p{L}\p{N}\p{Mn}]*)*")]
    private static partial Regex Word();
}
