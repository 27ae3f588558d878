using System.Collections.Concurrent;
using KzEdition.Engine.Memo;

namespace KzEdition.Indexing;

/// <summary>
/// The edition's index as an article's text reads it to link mentions to entries: the matcher and
/// the entries. Read by queries (<see cref="IObservedValue"/>): each run of text matched is logged,
/// and a page's links are made again only when the index changed a link whose first word occurs in
/// one of its texts (<see cref="EditionIndex.LinkWordsApart"/>): an edit that adds one acronym to a
/// thousand-article edition links again the pages that have its letters, not all.
/// </summary>
public sealed class IndexLinks : IObservedValue
{
    /// <summary>
    /// How many runs of text the memo of matches holds before it starts again: some three times
    /// the runs of a ten-thousand-article edition, so that a build never clears it, and a long
    /// preview session, whose edits leave old texts behind, holds no more than that.
    /// </summary>
    private const int MemoLimit = 1_000_000;

    private readonly ObservationLog? _log;

    /// <summary>
    /// Each run of text's matches, found once: the site's page, the Latin page and the print
    /// edition write the same runs of the same bodies, and would find their mentions three times.
    /// Shared by the observed copies (<see cref="ObservedBy"/>): what is remembered is a function
    /// of the text, its language and this index alone.
    /// </summary>
    private readonly MatchMemo _memo;

    public IndexLinks(EditionIndex index)
        : this(index, null, new())
    {
    }

    private IndexLinks(EditionIndex index, ObservationLog? log, MatchMemo memo)
    {
        Index = index;
        _log = log;
        _memo = memo;
    }

    public EditionIndex Index { get; }

    public bool IsEmpty => Index.Mentions.IsEmpty;

    /// <summary>The mentions of linked entries in one run of text (a text node), in order.</summary>
    public IReadOnlyList<TermMatch> Matches(string text, string lang)
    {
        _log?.Add(text, Index);
        if (_memo.Matches.TryGetValue((text, lang), out var known))
        {
            return known;
        }

        // Counted apart: a concurrent dictionary's Count takes all its locks, and this runs for every
        // run of text not matched before (the first build: every one), on both cores.
        if (Interlocked.Increment(ref _memo.Added) > MemoLimit)
        {
            _memo.Matches.Clear();
            Interlocked.Exchange(ref _memo.Added, 0);
        }

        var found = Index.Mentions.Matches(text, lang);
        return _memo.Matches[(text, lang)] = found.Count == 0 ? [] : [.. found];
    }

    public IndexEntry Entry(string key) => Index.Entry(key);

    public object ObservedBy(ObservationLog log) => new IndexLinks(Index, log, _memo);

    public bool Answers(ObservationLog log)
    {
        // A log's runs were all matched against one index: the words whose links differ between it
        // and this one are found once, and when there are none (an edit that changed no link, the
        // usual case) no run's text is searched.
        EditionIndex? before = null;
        string[] apart = [];
        foreach (var (text, index) in log.Entries)
        {
            if (ReferenceEquals(index, Index))
            {
                continue;
            }

            if (!ReferenceEquals(index, before))
            {
                before = (EditionIndex)index!;
                apart = Index.LinkWordsApart(before);
            }

            if (apart.Length > 0 && Text.WordSearch.AnyIn(Text.WordSearch.SearchText((string)text), apart))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The matches of each run of text, and how many were added since the memo was last cleared.</summary>
    private sealed class MatchMemo
    {
        public readonly ConcurrentDictionary<(string Text, string Lang), TermMatch[]> Matches = new();
        public int Added;
    }
}
