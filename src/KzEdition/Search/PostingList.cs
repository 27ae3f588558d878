namespace KzEdition.Search;

/// <summary>
/// One key's postings (<see cref="SearchIndexState.Posting"/>) in (article, paragraph) order, the
/// postings of one article and paragraph number in the order they were added (a table's or list's
/// passage may carry the number of the paragraph before it): the order the index encodes them in.
/// </summary>
/// <remarks>
/// One growable array of structs for each key of the edition, filled posting by posting as each
/// article's paragraphs are read: a build from nothing adds the articles in order, so nearly every
/// posting goes at the end. It replaced a list for each of an article's keys, made while the article
/// was read and inserted after, which were most of what the index allocated.
/// </remarks>
internal sealed class PostingList
{
    private const int FirstCapacity = 4;

    private SearchIndexState.Posting[] _postings = new SearchIndexState.Posting[FirstCapacity];

    public int Count { get; private set; }

    /// <summary>The postings, in order; valid until the list is next changed.</summary>
    public ReadOnlySpan<SearchIndexState.Posting> Postings => _postings.AsSpan(0, Count);

    /// <summary>Puts a posting in after every posting of an earlier article, or of its article and a paragraph number not after its own.</summary>
    /// <returns>Whether it is its article's first posting in the list.</returns>
    public bool Add(SearchIndexState.Posting posting)
    {
        var at = Count;
        if (at > 0 && Before(posting, _postings[at - 1]))
        {
            at = After(posting);
        }

        // An article's postings are side by side: it has one already if a neighbour of the place is its.
        var first = (at == 0 || _postings[at - 1].Article != posting.Article) && (at == Count || _postings[at].Article != posting.Article);
        if (Count == _postings.Length)
        {
            Array.Resize(ref _postings, _postings.Length * 2);
        }

        Array.Copy(_postings, at, _postings, at + 1, Count - at);
        _postings[at] = posting;
        Count++;
        return first;
    }

    /// <summary>Where article <paramref name="article"/>'s postings start (or would): a binary search.</summary>
    public int FirstOf(int article)
    {
        int low = 0, high = Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (_postings[middle].Article < article)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>Takes out every posting of article <paramref name="article"/>.</summary>
    public void RemoveArticle(int article)
    {
        var from = FirstOf(article);
        var to = from;
        while (to < Count && _postings[to].Article == article)
        {
            to++;
        }

        Array.Copy(_postings, to, _postings, from, Count - to);
        Count -= to - from;
    }

    /// <summary>Whether <paramref name="posting"/> goes before <paramref name="other"/>: an earlier article, or the same and an earlier paragraph number.</summary>
    private static bool Before(SearchIndexState.Posting posting, SearchIndexState.Posting other) =>
        posting.Article < other.Article || (posting.Article == other.Article && posting.Paragraph < other.Paragraph);

    /// <summary>The place after the last posting that <paramref name="posting"/> does not go before: a binary search.</summary>
    private int After(SearchIndexState.Posting posting)
    {
        int low = 0, high = Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Before(posting, _postings[middle]))
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }
}
