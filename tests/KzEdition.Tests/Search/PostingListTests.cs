using CsCheck;
using KzEdition.Search;

namespace KzEdition.Tests.Search;

/// <summary>A key's postings stay in the order the index encodes them, however they are added and taken out.</summary>
public sealed class PostingListTests
{
    /// <summary>Postings of few articles and paragraph numbers, so that ties (one paragraph number twice) are common.</summary>
    private static readonly Gen<SearchIndexState.Posting[]> Postings =
        Gen.Select(Gen.Int[0, 5], Gen.Int[0, 6], Gen.Int[0, 1000]).Select((a, p, c) => new SearchIndexState.Posting(a, p, c, c % 40)).Array[0, 60];

    [Fact]
    public void Postings_AreInArticleAndParagraphOrder_TiesInTheOrderAdded_AndAddSaysWhenAnArticleIsNew()
    {
        Postings.Sample(added =>
        {
            var list = new PostingList();
            var seen = new HashSet<int>();
            foreach (var posting in added)
            {
                Assert.Equal(seen.Add(posting.Article), list.Add(posting));
            }

            // A stable sort of the postings as added: the counts (distinct) tell ties apart.
            Assert.Equal(added.OrderBy(p => p.Article).ThenBy(p => p.Paragraph).ToArray(), list.Postings.ToArray());
        });
    }

    [Fact]
    public void RemoveArticle_TakesOutThatArticlesPostingsOnly_AndAddingThemAgainRestoresTheList()
    {
        Gen.Select(Postings, Gen.Int[0, 5]).Sample((added, article) =>
        {
            var list = new PostingList();
            foreach (var posting in added)
            {
                list.Add(posting);
            }

            var before = list.Postings.ToArray();
            list.RemoveArticle(article);

            Assert.Equal(before.Where(p => p.Article != article).ToArray(), list.Postings.ToArray());
            Assert.Equal(before.Count(p => p.Article < article), list.FirstOf(article));
            foreach (var posting in added.Where(p => p.Article == article))
            {
                list.Add(posting);
            }

            Assert.Equal(before, list.Postings.ToArray());
        });
    }
}
