using System.Collections.Immutable;
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
public static class WitnessMerger
{
    /// <summary>Share of the shorter text's word 4-grams the longer must contain to be the same article.</summary>
    /// <remarks>"Shorter" is the text with fewer distinct 4-grams (see <see cref="WitnessSignature.Shingles"/>).</remarks>
    public const double SameArticleContainment = 0.5;

    /// <summary>More variant notes than this are summed up in one note: the witnesses are then too different to list word by word.</summary>
    private const int MaxVariantNotes = 400;

    public static ImmutableArray<Article> Merge(IReadOnlyList<CleanedArticle> articles, Action<Diagnostic> report) =>
        Merge(articles, [.. articles.Select(a => WitnessSignature.Of(a.Segment))], report);

    /// <summary>
    /// Merges with the articles' signatures already made (one an article, in the same order): a
    /// signature depends on its article alone, so a caller that keeps them need not make them again.
    /// </summary>
    public static ImmutableArray<Article> Merge(IReadOnlyList<CleanedArticle> articles, IReadOnlyList<WitnessSignature> signatures, Action<Diagnostic> report) =>
        Merge(articles, signatures, WitnessCandidates.Pairs(signatures, SourceNumbers([.. articles.Select(a => a.Segment)]), SameArticleContainment), report);

    /// <summary>
    /// Merges with the articles' witness pairs already found (<see cref="WitnessPartners"/>, at
    /// <see cref="SameArticleContainment"/>; ordered as <see cref="WitnessCandidates.Pairs"/> gives them).
    /// </summary>
    public static ImmutableArray<Article> Merge(IReadOnlyList<CleanedArticle> articles, IReadOnlyList<WitnessSignature> signatures, ImmutableArray<WitnessPair> pairs, Action<Diagnostic> report)
    {
        if (signatures.Count != articles.Count)
        {
            throw new ArgumentException($"{signatures.Count} signatures for {articles.Count} articles: one an article is needed", nameof(signatures));
        }

        var groups = WitnessCandidates.Groups(articles.Count, pairs);
        foreach (var group in groups)
        {
            var leader = articles[group.Leader].Segment;
            foreach (var pair in group.Merged)
            {
                var merged = articles[pair.Second].Segment;
                report(Diagnostic.Info(
                    $"same article as {leader.Source.Source.FileName} lines {leader.FirstLine}–{leader.LastLine} ({pair.Containment:P0} of the shorter text's word 4-grams shared): merged as two witnesses",
                    merged.Source.Source.Path, merged.FirstLine));
            }
        }

        return [.. groups.Select(g => g.Merged.IsEmpty ? articles[g.Leader].Article : Combine([.. g.Members.Select(k => (articles[k], signatures[k].Words))]))];
    }

    /// <summary>
    /// A number for each segment's source, the same for two segments when their sources are equal
    /// records, as the pairwise search compared them (<c>!=</c>). Looked up by reference first: the
    /// segments of one source share its instance, and a record's hash would read the whole text. A
    /// new instance is compared whole only with the sources of its path: equal records have equal
    /// paths, and an edition of thousands of sources is not searched source by source.
    /// </summary>
    internal static int[] SourceNumbers(IReadOnlyList<ArticleSegment> segments)
    {
        var byInstance = new Dictionary<CleanedSource, int>(ReferenceEqualityComparer.Instance);
        var byPath = new Dictionary<string, List<(CleanedSource Source, int Number)>>(StringComparer.Ordinal);
        var distinct = 0;
        var numbers = new int[segments.Count];
        for (var i = 0; i < segments.Count; i++)
        {
            var source = segments[i].Source;
            if (!byInstance.TryGetValue(source, out var number))
            {
                if (!byPath.TryGetValue(source.Source.Path, out var samePath))
                {
                    byPath.Add(source.Source.Path, samePath = []);
                }

                var equal = samePath.FindIndex(known => known.Source == source);
                number = equal >= 0 ? samePath[equal].Number : distinct++;
                if (equal < 0)
                {
                    samePath.Add((source, number));
                }

                byInstance.Add(source, number);
            }

            numbers[i] = number;
        }

        return numbers;
    }

    private static Article Combine(List<(CleanedArticle Cleaned, ImmutableArray<ComparableWord> Words)> witnesses)
    {
        // The fuller witness gives the reading text; on a tie, the one with fewer line breaks to repair.
        var ordered = witnesses
            .OrderByDescending(w => w.Words.Length)
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

    private static List<EditorialNote> Variants(ImmutableArray<ComparableWord> primary, ImmutableArray<ComparableWord> other, string otherSource)
    {
        var hunks = WordDiff.Compare(primary.Select(w => w.Folded).ToList(), other.Select(w => w.Folded).ToList());
        if (hunks is null)
        {
            // Same article by their shared 4-grams, yet more than WordDiff.MaxEdits words apart (a
            // witness that repeats or adds whole pages): said in one note, not searched further.
            return [new EditorialNote("variants-too-many", WordDiff.MaxEdits.ToString(System.Globalization.CultureInfo.InvariantCulture), otherSource)];
        }

        var notes = hunks.Take(MaxVariantNotes).Select(h =>
        {
            var lemma = string.Join(' ', primary.Skip(h.AStart).Take(h.AEnd - h.AStart).Select(w => w.Original));
            var reading = string.Join(' ', other.Skip(h.BStart).Take(h.BEnd - h.BStart).Select(w => w.Original));
            var line = h.BStart < other.Length ? other[h.BStart].Line : other.Length > 0 ? other[^1].Line : 0;
            return new EditorialNote("variant", reading, otherSource, line, lemma.Length == 0 ? "" : lemma);
        }).ToList();
        if (hunks.Count > MaxVariantNotes)
        {
            notes.Add(new EditorialNote("variants-omitted", (hunks.Count - MaxVariantNotes).ToString(System.Globalization.CultureInfo.InvariantCulture), otherSource));
        }

        return notes;
    }
}
