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
    private readonly ObservationLog? _log;

    public IndexLinks(EditionIndex index)
        : this(index, null)
    {
    }

    private IndexLinks(EditionIndex index, ObservationLog? log)
    {
        Index = index;
        _log = log;
    }

    public EditionIndex Index { get; }

    public bool IsEmpty => Index.Mentions.IsEmpty;

    /// <summary>The mentions of linked entries in one run of text (a text node), in order.</summary>
    public List<TermMatch> Matches(string text, string lang)
    {
        _log?.Add(text, Index);
        return Index.Mentions.Matches(text, lang);
    }

    public IndexEntry Entry(string key) => Index.Entry(key);

    public object ObservedBy(ObservationLog log) => new IndexLinks(Index, log);

    public bool Answers(ObservationLog log)
    {
        foreach (var (text, before) in log.Entries)
        {
            if (!ReferenceEquals(before, Index) && Text.WordSearch.AnyIn(Text.WordSearch.SearchText((string)text), Index.LinkWordsApart((EditionIndex)before!)))
            {
                return false;
            }
        }

        return true;
    }
}
