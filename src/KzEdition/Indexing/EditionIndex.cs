using KzEdition.Model;
using System.Collections.Frozen;
using System.Collections.Immutable;

namespace KzEdition.Indexing;

/// <summary>
/// The edition's indices, made once a build by <see cref="EditionIndexBuilder"/>: the entries of
/// each kind with their locators, the timeline, the related articles, and the matcher that finds
/// the entries' mentions in text (for cross-links).
/// </summary>
public sealed class EditionIndex : Engine.Memo.IFingerprinted
{
    private readonly FrozenDictionary<string, IndexEntry> _byKey;
    private readonly FrozenDictionary<(TermType, string), IndexEntry> _byName;

    public EditionIndex(
        ImmutableArray<IndexEntry> entries,
        ImmutableArray<TimelineEvent> timeline,
        ImmutableDictionary<string, ImmutableArray<RelatedArticle>> related,
        ImmutableArray<string> unused)
    {
        Entries = entries;
        Timeline = timeline;
        Related = related;
        Unused = unused;
        _byKey = entries.ToFrozenDictionary(KeyOf, StringComparer.Ordinal);
        var byName = new Dictionary<(TermType, string), IndexEntry>();
        foreach (var entry in entries)
        {
            foreach (var name in entry.Spellings.Prepend(entry.Name))
            {
                byName.TryAdd((entry.Type, name), entry); // the first entry of the list that has the name, as a search in order would find
            }
        }

        _byName = byName.ToFrozenDictionary();
        Mentions = new TermMatcher(entries.Where(e => e.Type != TermType.Keyword).SelectMany(e => e.Spellings.Select(s => (s, KeyOf(e)))));
        Keywords = new TermMatcher(entries.Where(e => e.Type == TermType.Keyword).SelectMany(e => e.Spellings.Select(s => (s, KeyOf(e)))));
    }

    /// <summary>
    /// The first words (as keys) of the spellings whose links differ between this index and
    /// another: found in one and not the other, or naming an entry whose link differs (kind, anchor,
    /// name, expansion, acronyms). Cross-links in a text where none of them occurs are the same
    /// with either index. Made once a pair of indices.
    /// </summary>
    public string[] LinkWordsApart(EditionIndex other) => _linkWordsApart.GetValue(other, o =>
    {
        var (mine, theirs) = (LinkSignatures, o.LinkSignatures);
        return [.. mine.Where(s => theirs.GetValueOrDefault(s.Key) != s.Value).Select(s => s.Key)
            .Concat(theirs.Keys.Where(k => !mine.ContainsKey(k)))
            .Select(Text.WordTokens.FirstKey)
            .Distinct(StringComparer.Ordinal)];
    });

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<EditionIndex, string[]> _linkWordsApart = new();

    /// <summary>Each spelling a cross-link is made for, and what its link depends on.</summary>
    private Dictionary<string, string> LinkSignatures => _linkSignatures ??= Entries.Where(e => e.Type != TermType.Keyword)
        .SelectMany(e => e.Spellings.Select(s => (Spelling: s, Link: $"{e.Type}/{e.Id}\t{e.Name}\t{e.Expansion}\t{string.Join('|', e.Acronyms)}")))
        .DistinctBy(s => s.Spelling, StringComparer.Ordinal)
        .ToDictionary(s => s.Spelling, s => s.Link, StringComparer.Ordinal);

    private Dictionary<string, string>? _linkSignatures;

    /// <summary>The index as an article's text links to it; one object an index, however many pages ask.</summary>
    public IndexLinks Links => _links ??= new IndexLinks(this);

    private IndexLinks? _links;

    /// <summary>The index's content: entries with their locators, timeline, related articles, unused terms (the matchers follow from the entries).</summary>
    public Engine.Memo.Fingerprint GetFingerprint() => new Engine.Memo.FingerprintBuilder()
        .AddValue(Entries).AddValue(Timeline).AddValue(Related).AddValue(Unused).Build();

    public static EditionIndex Empty { get; } = new([], [], ImmutableDictionary<string, ImmutableArray<RelatedArticle>>.Empty, []);

    /// <summary>Every entry, by kind, each kind in Kazakh alphabetical order.</summary>
    public ImmutableArray<IndexEntry> Entries { get; }

    /// <summary>The dated events, in time order.</summary>
    public ImmutableArray<TimelineEvent> Timeline { get; }

    /// <summary>For each article id, the articles related to it, most related first.</summary>
    public ImmutableDictionary<string, ImmutableArray<RelatedArticle>> Related { get; }

    /// <summary>Curated terms (terms.yml) that no article mentions: reported, not listed.</summary>
    public ImmutableArray<string> Unused { get; }

    /// <summary>Finds the mentions of persons, organisations, places and acronyms (the entries text links to).</summary>
    public TermMatcher Mentions { get; }

    /// <summary>Finds the mentions of keywords (listed in their index, not linked in the text).</summary>
    public TermMatcher Keywords { get; }

    /// <summary>The kinds of index, in the order the edition lists them.</summary>
    public static ImmutableArray<TermType> Kinds { get; } = [TermType.Person, TermType.Organisation, TermType.Place, TermType.Acronym, TermType.Keyword];

    /// <summary>The kinds, of those given (every kind by default), whose index page has rows; in the order given.</summary>
    public IEnumerable<TermType> KindsWithRows(IEnumerable<TermType>? kinds = null) => (kinds ?? Kinds).Where(k => Rows(k).Any());

    public IEnumerable<IndexEntry> OfType(TermType type) => Entries.Where(e => e.Type == type);

    /// <summary>
    /// The rows of an index page: its entries, and in the glossary of acronyms also the acronyms
    /// of entries listed elsewhere (ЕАӘК → Еуроатлантикалық әріптестік кеңесі, among organisations),
    /// as see-references. In Kazakh alphabetical order of their headings.
    /// </summary>
    public IEnumerable<(string Heading, IndexEntry Entry, bool See)> Rows(TermType type)
    {
        var rows = OfType(type).Select(e => (e.Heading, Entry: e, See: false));
        if (type == TermType.Acronym)
        {
            rows = rows.Concat(Entries.Where(e => e.Type != TermType.Acronym).SelectMany(e => e.Acronyms.Select(a => (Heading: a, Entry: e, See: true))));
        }

        return rows.OrderBy(r => r.Heading, Text.KazakhCollation.Instance).ThenBy(r => r.Entry.Heading, Text.KazakhCollation.Instance);
    }

    /// <summary>The key matchers report: kind and id, unique in the edition.</summary>
    public static string KeyOf(IndexEntry entry) => $"{entry.Type}/{entry.Id}";

    public IndexEntry Entry(string key) => _byKey[key];

    /// <summary>The first entry of that kind with that name or spelling.</summary>
    public IndexEntry? Find(TermType type, string name) => _byName.GetValueOrDefault((type, name));
}
