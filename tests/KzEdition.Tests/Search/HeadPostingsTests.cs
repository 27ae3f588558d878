using CsCheck;
using KzEdition.Search;

namespace KzEdition.Tests.Search;

/// <summary>
/// A common key's bucket gives its heaviest postings and search/more/ the rest
/// (<see cref="SearchIndexBuilder.HeadAndRest"/>): taken in linear time, they are those a sort of every
/// posting by weight gives, the order the index has always had.
/// </summary>
public sealed class HeadPostingsTests
{
    /// <summary>
    /// More postings than a bucket gives, in list order (article, paragraph; a stable sort), of few
    /// articles, paragraph numbers, counts and norms, so that equal weights and passages that share a
    /// paragraph number are common.
    /// </summary>
    private static readonly Gen<SearchIndexState.Posting[]> Postings =
        Gen.Select(Gen.Int[0, 300], Gen.Int[0, 4], Gen.Int[1, 4], Gen.Int[0, 30])
            .Select((a, p, c, n) => new SearchIndexState.Posting(a, p, c, n))
            .Array[SearchIndexBuilder.HeadPostings + 1, SearchIndexBuilder.HeadPostings * 3]
            .Select(postings => postings.OrderBy(p => p.Article).ThenBy(p => p.Paragraph).ToArray());

    [Fact]
    public void HeadAndRest_AreTheParts_ASortOfEveryPostingByWeightGives()
    {
        Postings.Sample(postings =>
        {
            var (head, rest) = SearchIndexBuilder.HeadAndRest(postings);

            var (expectedHead, expectedRest) = BySorting(postings);
            Assert.Equal(expectedHead, head);
            Assert.Equal(expectedRest, rest);
        }, iter: 300);
    }

    [Fact]
    public void HeadAndRest_OfEqualWeights_TakesTheFirstInListOrder()
    {
        var postings = Enumerable.Range(0, SearchIndexBuilder.HeadPostings + 10).Select(a => new SearchIndexState.Posting(a, 1, 1, 8)).ToArray();

        var (head, rest) = SearchIndexBuilder.HeadAndRest(postings);

        Assert.Equal(Enumerable.Range(0, SearchIndexBuilder.HeadPostings), head);
        Assert.Equal(Enumerable.Range(SearchIndexBuilder.HeadPostings, 10), rest);
    }

    /// <summary>
    /// The order as the index made it before (the oracle): every posting's place sorted by weight,
    /// heaviest first, ties in list order; the first <see cref="SearchIndexBuilder.HeadPostings"/> are
    /// the head; each part then sorted by article and paragraph, one paragraph number's postings in
    /// the order of weight.
    /// </summary>
    private static (int[] Head, int[] Others) BySorting(SearchIndexState.Posting[] postings)
    {
        var weights = postings.Select(p => Weight(p.Count, Math.Pow(2, p.Norm / 4.0))).ToArray();
        var order = Enumerable.Range(0, postings.Length).OrderByDescending(i => weights[i]).ToArray();
        var rank = new int[order.Length];
        for (var r = 0; r < order.Length; r++)
        {
            rank[order[r]] = r;
        }

        int[] InListOrder(IEnumerable<int> part) => [.. part.OrderBy(i => postings[i].Article).ThenBy(i => postings[i].Paragraph).ThenBy(i => rank[i])];
        return (InListOrder(order.Take(SearchIndexBuilder.HeadPostings)), InListOrder(order.Skip(SearchIndexBuilder.HeadPostings)));
    }

    /// <summary>BM25's weight of a term in a paragraph at an average length of 100 words, as the index reckons it.</summary>
    private static double Weight(int count, double length) =>
        count * (SearchIndexBuilder.K1 + 1) / (count + (SearchIndexBuilder.K1 * (1 - SearchIndexBuilder.B + (SearchIndexBuilder.B * length / Math.Max(100.0, 1)))));
}
