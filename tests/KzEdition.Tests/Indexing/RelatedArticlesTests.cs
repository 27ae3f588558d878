using KzEdition.Model;
using System.Collections.Immutable;
using KzEdition.Indexing;
using KzEdition.Text;

namespace KzEdition.Tests.Indexing;

/// <summary>
/// The related articles, computed in arrays article by article, against the plain statement of
/// the rule (every pair, every shared entry, sorted): the same articles, scores to the last bit,
/// and reasons, over random editions where many articles share many entries and scores tie.
/// </summary>
public sealed class RelatedArticlesTests
{
    [Theory]
    [InlineData(1, 40, 30, 0.3)]
    [InlineData(2, 40, 30, 0.3)]
    [InlineData(3, 40, 30, 0.3)]
    [InlineData(4, 40, 30, 0.3)]
    [InlineData(5, 40, 30, 0.3)]
    // Editions large enough that the common entries are followed only for the articles still in
    // reach of the best few (lists of 16 and more), and small steps between weights, so that
    // sums near the bar and ties are many.
    [InlineData(6, 400, 120, 0.7)]
    [InlineData(7, 400, 120, 0.7)]
    [InlineData(8, 300, 200, 0.2)]
    [InlineData(9, 500, 60, 0.9)]
    public void ComputedRelatedArticles_AreThoseThePlainRuleGives(int seed, int articleCount, int entryCount, double maxShare)
    {
        var random = new Random(seed);
        var articles = Enumerable.Range(0, articleCount).Select(i => EditionIndexBuilderTests.Article($"m{articleCount - 1 - i:000}", "kk", "Мәтін.")).ToList();
        string[] headings = ["Астана", "Алматы", "Әлем", "Ақтау", "НАТО", "ЕАӘК", "Ұлы Жібек жолы", "Орталық Азия"];
        var entries = Enumerable.Range(0, entryCount).Select(e =>
        {
            // Few articles or many (an entry in every article relates none); headings repeat, so ties are broken by order.
            var share = random.Next(4) == 0 ? 1.0 : random.Next(3) == 0 ? random.NextDouble() * 0.02 : random.NextDouble() * maxShare;
            var locators = articles.Where(_ => random.NextDouble() < share).Select(a => new IndexLocator(a.Article.Id, random.Next(1, 4))).ToImmutableArray();
            return new IndexEntry(TermType.Place, $"e{e}", headings[e % headings.Length], headings[e % headings.Length], null, null, [], [], true, locators);
        }).Where(e => e.Locators.Length > 0).ToImmutableArray();

        var computed = EditionIndexBuilder.ComputeRelated(articles, entries);
        var plain = PlainRule(articles, entries);

        Assert.Equal(plain.Keys.Order(StringComparer.Ordinal), computed.Keys.Order(StringComparer.Ordinal));
        foreach (var (id, expected) in plain)
        {
            var actual = computed[id];
            Assert.Equal(expected.Select(r => (r.ArticleId, r.Score, Reasons: string.Join(" ", r.Shared.Select(e => e.Id)))),
                actual.Select(r => (r.ArticleId, r.Score, Reasons: string.Join(" ", r.Shared.Select(e => e.Id)))));
        }

        Assert.Contains(computed.Values, r => r.Length == EditionIndexBuilder.RelatedCount);
    }

    /// <summary>The rule as first written: for each article, every other sharing an entry, with its reasons sorted.</summary>
    private static Dictionary<string, RelatedArticle[]> PlainRule(List<IndexedArticle> articles, ImmutableArray<IndexEntry> entries)
    {
        var mentionedIn = entries.ToDictionary(e => e, e => e.Locators.Select(l => l.ArticleId).ToHashSet(StringComparer.Ordinal));
        var weight = mentionedIn.ToDictionary(m => m.Key, m => Math.Log((double)articles.Count / m.Value.Count));
        var related = new Dictionary<string, RelatedArticle[]>(StringComparer.Ordinal);
        foreach (var (article, _, _) in articles)
        {
            var shared = new Dictionary<string, List<IndexEntry>>(StringComparer.Ordinal);
            foreach (var entry in entries.Where(e => weight[e] > 0 && mentionedIn[e].Contains(article.Id)))
            {
                foreach (var other in mentionedIn[entry].Where(o => o != article.Id))
                {
                    if (!shared.TryGetValue(other, out var list))
                    {
                        shared[other] = list = [];
                    }

                    list.Add(entry);
                }
            }

            var scored = shared.Select(s =>
            {
                var reasons = s.Value.OrderByDescending(e => weight[e]).ThenBy(e => e.Heading, KazakhCollation.Instance).ToList();
                return new RelatedArticle(s.Key, reasons.Sum(e => weight[e]), [.. reasons.Take(5)]);
            });
            related[article.Id] = [.. scored.OrderByDescending(r => r.Score).ThenBy(r => r.ArticleId, StringComparer.Ordinal).Take(EditionIndexBuilder.RelatedCount)];
        }

        return related;
    }
}
