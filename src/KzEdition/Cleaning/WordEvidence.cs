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

    private WordEvidence(Dictionary<string, int> sources, ObservationLog? log)
    {
        _sources = sources;
        _log = log;
    }

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

        return new WordEvidence(counts, null);
    }

    public bool Contains(string word)
    {
        var key = Text.TextKey.Fold(word);
        var found = _sources.ContainsKey(key);
        _log?.Add(key, found);
        return found;
    }

    /// <summary>The distinct words, for tests that compare an updated evidence with one built from nothing.</summary>
    internal IEnumerable<string> Words => _sources.Keys;

    public object ObservedBy(ObservationLog log) => new WordEvidence(_sources, log);

    /// <summary>Every word with its count of sources: what an incremental update is checked by (modules read the evidence by queries).</summary>
    public Fingerprint GetFingerprint() => Fingerprints.Of(_sources);

    public bool Answers(ObservationLog log) => log.Entries.All(e => _sources.ContainsKey((string)e.Key) == (bool)e.Value!);

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
