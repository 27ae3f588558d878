using System.Collections.Immutable;

namespace KzEdition.Cleaning;

/// <summary>
/// The witness pairs of a list of articles (<see cref="WitnessCandidates.Pairs"/>), kept so that
/// when a few articles change only their pairs are looked for again: a changed article is compared
/// with the articles that share a shingle with its prefix or carry one of its shingles in theirs
/// (<see cref="ShingleCarriers"/>, kept from update to update), the pairs of the unchanged ones stay
/// as they were, for a pair depends on its two articles alone. A source edit of the preview changes
/// a few articles of thousands; finding every pair again through the index took 37 ms of each edit
/// at 1,000 articles, and comparing the changed article with every other 6–9 ms, on one core.
/// </summary>
/// <remarks>
/// The same pairs as <see cref="WitnessCandidates.Pairs"/> from the same articles, which the tests
/// and the engine's checking store compare: a pair of articles of different sources whose shared
/// shingles reach the least count for the smaller one's size, with that count's share of the smaller.
/// </remarks>
public sealed class WitnessPartners
{
    private readonly double _threshold;
    private WitnessSignature[] _signatures;
    private int[] _sources;

    // For each article, its pairs with later articles (it is First), ordered by Second.
    private List<WitnessPair>[] _partners;

    // Which articles carry each shingle (null until the first update).
    private ShingleCarriers? _carriers;

    private WitnessPartners(double threshold, WitnessSignature[] signatures, int[] sources, List<WitnessPair>[] partners)
    {
        _threshold = threshold;
        _signatures = signatures;
        _sources = sources;
        _partners = partners;
    }

    /// <summary>The articles' pairs found from nothing, through the index of shingles.</summary>
    /// <param name="sources">A number for each article's source (<see cref="WitnessMerger.SourceNumbers"/>): articles of one source are never paired.</param>
    public static WitnessPartners Find(IReadOnlyList<WitnessSignature> signatures, IReadOnlyList<int> sources, double threshold)
    {
        var partners = new List<WitnessPair>[signatures.Count];
        for (var i = 0; i < partners.Length; i++)
        {
            partners[i] = [];
        }

        foreach (var pair in WitnessCandidates.Pairs(signatures, sources, threshold))
        {
            partners[pair.First].Add(pair);
        }

        return new WitnessPartners(threshold, [.. signatures], [.. sources], partners);
    }

    /// <summary>Every pair, ordered by <see cref="WitnessPair.First"/>, then <see cref="WitnessPair.Second"/>.</summary>
    public ImmutableArray<WitnessPair> Pairs => [.. _partners.SelectMany(p => p)];

    /// <summary>The pairs in which this article is the earlier, ordered by <see cref="WitnessPair.Second"/>.</summary>
    public ImmutableArray<WitnessPair> PairsFrom(int article) => [.. _partners[article]];

    /// <summary>
    /// Brings the pairs up to the same number of articles, of which those marked changed may differ
    /// in signature or source; the others must be as they were.
    /// </summary>
    public void Update(IReadOnlyList<WitnessSignature> signatures, IReadOnlyList<int> sources, IReadOnlyList<bool> changed)
    {
        if (signatures.Count != _signatures.Length || sources.Count != signatures.Count || changed.Count != signatures.Count)
        {
            throw new ArgumentException($"{signatures.Count} articles, {sources.Count} sources and {changed.Count} changes for {_signatures.Length} articles: an update keeps the number of articles");
        }

        var changedArticles = Enumerable.Range(0, changed.Count).Where(i => changed[i]).ToList();
        if (changedArticles.Count == 0)
        {
            return;
        }

        // The carriers of the last signatures, made at the first update (a build from nothing needs none).
        _carriers ??= new ShingleCarriers(_signatures, _threshold);
        foreach (var x in changedArticles)
        {
            _carriers.Remove(x, _signatures[x]);
        }

        // The numbering of the sources may differ from the last; only whether two articles share one counts.
        _signatures = [.. signatures];
        _sources = [.. sources];
        foreach (var x in changedArticles)
        {
            _carriers.Add(x, _signatures[x]);
        }

        foreach (var partners in _partners)
        {
            partners.RemoveAll(p => changed[p.First] || changed[p.Second]);
        }

        var candidates = new HashSet<int>();
        foreach (var x in changedArticles)
        {
            candidates.Clear();
            _carriers.Candidates(_signatures[x], candidates);
            foreach (var y in candidates)
            {
                // A pair of two changed articles is looked for once, from the earlier.
                if (y == x || (changed[y] && y < x) || _sources[y] == _sources[x])
                {
                    continue;
                }

                if (PairOf(Math.Min(x, y), Math.Max(x, y)) is { } pair)
                {
                    _partners[pair.First].Add(pair);
                }
            }
        }

        foreach (var partners in _partners)
        {
            partners.Sort((p, q) => p.Second.CompareTo(q.Second));
        }
    }

    /// <summary>The pair of two articles when the smaller's shared shingles reach the threshold, as the index search decides it.</summary>
    private WitnessPair? PairOf(int first, int second)
    {
        var size = Math.Min(_signatures[first].Shingles.Length, _signatures[second].Shingles.Length);
        if (size == 0)
        {
            return null; // Fewer than four words: a containment of 0 with any text.
        }

        var needed = WitnessCandidates.MinimumShared(size, _threshold);
        var shared = _signatures[first].SharedShingles(_signatures[second], atLeast: needed);
        return shared >= needed ? new WitnessPair(first, second, shared / (double)size) : null;
    }
}
