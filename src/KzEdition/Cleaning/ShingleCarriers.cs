namespace KzEdition.Cleaning;

/// <summary>
/// Which articles carry each shingle, and which carry it in their prefix: the first of their
/// shingles, in the shingles' own order, of which a pair with a larger article must share one to
/// reach the threshold (a pair sharing <c>k</c> of the smaller's <c>n</c> shingles shares one of
/// any <c>n - k + 1</c> of them; <see cref="WitnessCandidates"/> filters so, in order of rarity).
/// Kept by <see cref="WitnessPartners"/> from one update to the next, so that a changed article is
/// compared with the articles that can pair with it, not with every article of the edition.
/// </summary>
/// <remarks>
/// Most shingles are carried by one article: they are kept in a table of numbers, which the garbage
/// collector does not walk, and only the shared ones in lists: 713,602 shingles at 1,000 synthetic
/// articles of ~700 words, 26 MB, kept while the preview runs.
/// </remarks>
internal sealed class ShingleCarriers
{
    private readonly double _threshold;
    private readonly Carriers _all;
    private readonly Carriers _prefixes;

    public ShingleCarriers(IReadOnlyList<WitnessSignature> signatures, double threshold)
    {
        _threshold = threshold;

        // Made to size: grown as they fill, the tables held up to twice the room they needed (53 MB
        // instead of 26 at 1,000 articles).
        _all = new Carriers(signatures.Sum(s => s.Shingles.Length));
        _prefixes = new Carriers(signatures.Sum(s => Prefix(s).Length));
        for (var article = 0; article < signatures.Count; article++)
        {
            Add(article, signatures[article]);
        }
    }

    public void Add(int article, WitnessSignature signature)
    {
        foreach (var shingle in signature.Shingles)
        {
            _all.Add(shingle, article);
        }

        foreach (var shingle in Prefix(signature))
        {
            _prefixes.Add(shingle, article);
        }
    }

    public void Remove(int article, WitnessSignature signature)
    {
        foreach (var shingle in signature.Shingles)
        {
            _all.Remove(shingle, article);
        }

        foreach (var shingle in Prefix(signature))
        {
            _prefixes.Remove(shingle, article);
        }
    }

    /// <summary>
    /// Adds to <paramref name="candidates"/> every article that may pair with this one (and this one):
    /// those carrying a shingle of its prefix (it the smaller), and those whose prefix holds one of its
    /// shingles (they the smaller).
    /// </summary>
    public void Candidates(WitnessSignature signature, HashSet<int> candidates)
    {
        foreach (var shingle in Prefix(signature))
        {
            _all.AddTo(shingle, candidates);
        }

        foreach (var shingle in signature.Shingles)
        {
            _prefixes.AddTo(shingle, candidates);
        }
    }

    private ReadOnlySpan<ulong> Prefix(WitnessSignature signature)
    {
        var size = signature.Shingles.Length;
        return size == 0 ? [] : signature.Shingles.AsSpan(0, size - WitnessCandidates.MinimumShared(size, _threshold) + 1);
    }

    /// <summary>The articles of each shingle: one in a table of numbers, more in a list.</summary>
    private sealed class Carriers(int capacity)
    {
        private readonly Dictionary<ulong, int> _one = new(capacity);
        private readonly Dictionary<ulong, List<int>> _many = [];

        public void Add(ulong shingle, int article)
        {
            if (_many.TryGetValue(shingle, out var articles))
            {
                articles.Add(article);
            }
            else if (_one.Remove(shingle, out var first))
            {
                _many[shingle] = [first, article];
            }
            else
            {
                _one[shingle] = article;
            }
        }

        public void Remove(ulong shingle, int article)
        {
            if (_many.TryGetValue(shingle, out var articles))
            {
                articles.Remove(article);
                if (articles.Count == 1)
                {
                    _one[shingle] = articles[0];
                    _many.Remove(shingle);
                }
            }
            else if (_one.TryGetValue(shingle, out var only) && only == article)
            {
                _one.Remove(shingle);
            }
        }

        public void AddTo(ulong shingle, HashSet<int> candidates)
        {
            if (_one.TryGetValue(shingle, out var only))
            {
                candidates.Add(only);
            }
            else if (_many.TryGetValue(shingle, out var articles))
            {
                candidates.UnionWith(articles);
            }
        }
    }
}
