using System.Text.RegularExpressions;
using KzEdition.Engine.Memo;

namespace KzEdition.Cleaning;

/// <summary>
/// The words the corpus itself writes, as evidence for dehyphenation: how a word is spelt
/// elsewhere (with its hyphen or without) is the best witness of how it should be spelt here.
/// The sum of every source's <see cref="SourceVocabulary"/>; immutable and thread-safe.
/// </summary>
/// <remarks>
/// A cleaner asks it about a few words only, so it is read by queries (<see cref="IObservedValue"/>):
/// a source is cleaned again only when a word it asked about comes or goes, not whenever another
/// source is edited. Each word is kept with the number of sources that write it, so that an edit
/// of one source updates it (<see cref="Update"/>) without reading the others again.
/// </remarks>
public sealed partial class WordEvidence : IObservedValue, IFingerprinted
{
    private readonly Dictionary<string, int> _sources;
    private readonly ObservationLog? _log;

    /// <summary>The words in ordinal order, for questions about their beginnings; sorted once, when first asked.</summary>
    private readonly Lazy<string[]> _sorted;

    private WordEvidence(Dictionary<string, int> sources, ObservationLog? log, Lazy<string[]>? sorted = null)
    {
        _sources = sources;
        _log = log;
        _sorted = sorted ?? new Lazy<string[]>(() => [.. sources.Keys.Order(StringComparer.Ordinal)]);
    }

    /// <summary>A question about the words that begin so (as the observation log keeps it, apart from questions about whole words).</summary>
    private sealed record WordStart(string Prefix);

    public static WordEvidence Empty { get; } = new(new Dictionary<string, int>(StringComparer.Ordinal), null);

    /// <summary>The evidence of these texts, each a source.</summary>
    public static WordEvidence From(IEnumerable<string> texts) => From(texts.Select(SourceVocabulary.Of));

    public static WordEvidence From(IEnumerable<SourceVocabulary> sources)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            Add(counts, source, +1);
        }

        return new WordEvidence(counts, null);
    }

    /// <summary>This evidence with some sources' words taken out and others' put in: what <see cref="From(IEnumerable{SourceVocabulary})"/> of the new sources gives.</summary>
    public WordEvidence Update(IEnumerable<SourceVocabulary> removed, IEnumerable<SourceVocabulary> added)
    {
        var counts = new Dictionary<string, int>(_sources, StringComparer.Ordinal);
        foreach (var source in removed)
        {
            Add(counts, source, -1);
        }

        foreach (var source in added)
        {
            Add(counts, source, +1);
        }

        // The words in order, when asked for: this evidence's order with the words gone left out and
        // the new ones merged in, a walk over it rather than a sort of the whole vocabulary at every edit.
        var previous = _sorted;
        var changed = removed.Concat(added).SelectMany(v => v.Words).Distinct(StringComparer.Ordinal).ToList();
        var sorted = new Lazy<string[]>(() => previous.IsValueCreated ? Merge(previous.Value, changed, counts) : [.. counts.Keys.Order(StringComparer.Ordinal)]);
        return new WordEvidence(counts, null, sorted);
    }

    /// <summary>The ordered words after an update: the earlier order without the changed words no longer counted, and the changed words still counted merged in.</summary>
    private static string[] Merge(string[] before, List<string> changed, Dictionary<string, int> counts)
    {
        var changedSet = changed.ToHashSet(StringComparer.Ordinal);
        var kept = before.Where(w => !changedSet.Contains(w));
        string[] present = [.. changed.Where(counts.ContainsKey).Order(StringComparer.Ordinal)];
        var merged = new List<string>(counts.Count);
        var at = 0;
        foreach (var word in kept)
        {
            while (at < present.Length && string.CompareOrdinal(present[at], word) < 0)
            {
                merged.Add(present[at++]);
            }

            merged.Add(word);
        }

        merged.AddRange(present.AsSpan(at));
        return [.. merged];
    }

    public bool Contains(string word)
    {
        var key = Text.TextKey.Fold(word);
        var found = _sources.ContainsKey(key);
        _log?.Add(key, found);
        return found;
    }

    /// <summary>Whether the corpus writes <paramref name="head"/> as the first part of a compound (сын- of сын-қауіптер).</summary>
    public bool ContainsCompoundHead(string head) => Contains(SourceVocabulary.CompoundHead(head));

    /// <summary>Whether the corpus writes a compound's later part that begins as <paramref name="tail"/> does (-қате… of қауіп-қатерлердің).</summary>
    public bool ContainsCompoundTail(string tail) => Contains(SourceVocabulary.CompoundTail(tail));

    /// <summary>
    /// Whether the corpus writes a compound that begins with <paramref name="head"/>, a hyphen and the
    /// first letters of <paramref name="tail"/>, under any ending (оқу-жаттығулар for оқу-жаттығулардың).
    /// </summary>
    public bool ContainsCompound(string head, string tail) => Contains(SourceVocabulary.CompoundStart(head, tail));

    /// <summary>The words in ordinal order, as prefix questions search them; for tests that compare an updated evidence with one built from nothing.</summary>
    internal IReadOnlyList<string> OrderedWords => _sorted.Value;

    /// <summary>The distinct words, for tests that compare an updated evidence with one built from nothing.</summary>
    internal IEnumerable<string> Words => _sources.Keys;

    /// <summary>
    /// Whether the corpus writes a word that begins with <paramref name="prefix"/>: a word split at a
    /// line end, written whole elsewhere under another ending (бағдарлама·ның for бағдар-ламасы).
    /// </summary>
    public bool ContainsWordStartingWith(string prefix)
    {
        var key = Text.TextKey.Fold(prefix);
        var found = StartsAWord(key);
        _log?.Add(new WordStart(key), found);
        return found;
    }

    private bool StartsAWord(string prefix)
    {
        var sorted = _sorted.Value;
        var at = Array.BinarySearch(sorted, prefix, StringComparer.Ordinal);
        at = at < 0 ? ~at : at;
        return at < sorted.Length && sorted[at].StartsWith(prefix, StringComparison.Ordinal);
    }

    public object ObservedBy(ObservationLog log) => new WordEvidence(_sources, log, _sorted);

    /// <summary>Every word with its count of sources: what an incremental update is checked by (modules read the evidence by queries).</summary>
    public Fingerprint GetFingerprint() => Fingerprints.Of(_sources);

    public bool Answers(ObservationLog log) =>
        log.Entries.All(e => (e.Key is WordStart start ? StartsAWord(start.Prefix) : _sources.ContainsKey((string)e.Key)) == (bool)e.Value!);

    private static void Add(Dictionary<string, int> counts, SourceVocabulary source, int sign)
    {
        foreach (var word in source.Words)
        {
            var count = counts.GetValueOrDefault(word) + sign;
            if (count > 0)
            {
                counts[word] = count;
            }
            else
            {
                counts.Remove(word);
            }
        }
    }

    /// <summary>A word as the corpus writes it: letters (stress marks included), hyphenated parts joined.</summary>
    [GeneratedRegex(@"\p{L}[\p{L}\p{Mn}]*(?:-\p{L}[\p{L}\p{Mn}]*)*")]
    internal static partial Regex Word();
}
