using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace KzEdition.Cleaning;

/// <summary>
/// Finds the articles of different sources that share enough of their text to be one article,
/// without comparing every pair: an exact prefix filter over an inverted index of the shingles, as
/// in set-similarity joins (Chaudhuri, Ganti and Kaushik, "A Primitive Operator for Similarity Joins
/// in Data Cleaning", ICDE 2006; Bayardo, Ma and Srikant, "Scaling Up All Pairs Similarity Search",
/// WWW 2007). The pairwise search it replaces took seconds at a thousand articles and grew with
/// their square; this one grows with the shingles, and finds exactly the same pairs.
/// </summary>
/// <remarks>
/// <para>
/// The containment of two articles is the share of the smaller one's shingles (x, with |x| ≤ |y|)
/// found in the other; it reaches the threshold t when they share at least α of them, α the least
/// count with α / |x| ≥ t. Put every shingle of the edition in one order; then any α of x's
/// shingles include one of x's first |x| − α + 1 in that order, since only α − 1 lie after them. So
/// every article y that can reach the threshold with x stands in the list of articles of one of
/// those prefix shingles, and only those articles are compared with x, exactly.
/// </para>
/// <para>
/// The order is the rarest first (the fewest articles carrying the shingle, ties by hash value), so
/// that a prefix holds the shingles that few other articles carry and the lists probed are short:
/// most of an article's 4-grams are its own. A pair is looked for from its smaller member only (the
/// earlier one when both have as many shingles), so each is compared once. Memory is linear: two
/// integers a shingle of each article, one entry a distinct shingle, and nothing for a pair that is
/// never a candidate.
/// </para>
/// </remarks>
public static class WitnessCandidates
{
    /// <summary>The articles grouped as <see cref="Groups(int, ImmutableArray{WitnessPair})"/> groups the <see cref="Pairs"/> found among them.</summary>
    public static ImmutableArray<WitnessGroup> Groups(IReadOnlyList<WitnessSignature> signatures, IReadOnlyList<int> sources, double threshold) =>
        Groups(signatures.Count, Pairs(signatures, sources, threshold));

    /// <summary>
    /// Every pair of articles of different sources whose containment reaches <paramref name="threshold"/>,
    /// ordered by <see cref="WitnessPair.First"/>, then <see cref="WitnessPair.Second"/>.
    /// </summary>
    /// <param name="sources">A number for each article's source: articles of one source are never paired.</param>
    /// <param name="threshold">Greater than 0 (a pair must share a shingle to be found) and at most 1.</param>
    public static ImmutableArray<WitnessPair> Pairs(IReadOnlyList<WitnessSignature> signatures, IReadOnlyList<int> sources, double threshold)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threshold);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, 1.0);
        if (sources.Count != signatures.Count)
        {
            throw new ArgumentException($"{sources.Count} sources for {signatures.Count} signatures: one a signature is needed", nameof(sources));
        }

        var ranked = RankedShingles(signatures, out var frequency);
        var (offsets, carriers) = InvertedIndex(ranked, frequency);
        var lastProbedBy = new int[signatures.Count];
        Array.Fill(lastProbedBy, -1);
        var candidates = new List<int>();
        var pairs = new List<WitnessPair>();
        for (var x = 0; x < ranked.Length; x++)
        {
            var size = ranked[x].Length;
            if (size == 0)
            {
                continue; // Fewer than four words: a containment of 0 with any text.
            }

            var needed = MinimumShared(size, threshold);
            candidates.Clear();
            foreach (var shingle in ranked[x].AsSpan(0, size - needed + 1))
            {
                foreach (var y in carriers.AsSpan(offsets[shingle], offsets[shingle + 1] - offsets[shingle]))
                {
                    // Marked as seen whatever it turns out to be, so that each article is weighed once a probe.
                    if (lastProbedBy[y] != x)
                    {
                        lastProbedBy[y] = x;
                        if (sources[y] != sources[x] && IsLookedForFromSmaller(x, y, ranked))
                        {
                            candidates.Add(y);
                        }
                    }
                }
            }

            foreach (var y in candidates)
            {
                var shared = signatures[x].SharedShingles(signatures[y]);
                if (shared >= needed)
                {
                    pairs.Add(new WitnessPair(Math.Min(x, y), Math.Max(x, y), shared / (double)size));
                }
            }
        }

        pairs.Sort((p, q) => p.First != q.First ? p.First.CompareTo(q.First) : p.Second.CompareTo(q.Second));
        return [.. pairs];
    }

    /// <summary>
    /// Groups the articles greedily in list order: each article not merged yet takes every later
    /// article not merged yet that it is paired with, in order; an article merged into an earlier one
    /// takes none. A witness so joins the article it shares its text with, never a chain of articles
    /// each sharing text with the next.
    /// </summary>
    /// <param name="count">How many articles there are.</param>
    /// <param name="pairs">Ordered by <see cref="WitnessPair.First"/>, then <see cref="WitnessPair.Second"/>, as <see cref="Pairs"/> gives them.</param>
    /// <returns>One group an article not merged into an earlier one, in list order.</returns>
    public static ImmutableArray<WitnessGroup> Groups(int count, ImmutableArray<WitnessPair> pairs)
    {
        var merged = new bool[count];
        var groups = ImmutableArray.CreateBuilder<WitnessGroup>();
        var next = 0;
        for (var leader = 0; leader < count; leader++)
        {
            var first = next;
            while (next < pairs.Length && pairs[next].First == leader)
            {
                if (pairs[next].Second <= leader || pairs[next].Second >= count || (next > first && pairs[next].Second <= pairs[next - 1].Second))
                {
                    throw new ArgumentException($"pair {pairs[next]} is out of order or out of range", nameof(pairs));
                }

                next++;
            }

            if (merged[leader])
            {
                continue;
            }

            var taken = ImmutableArray<WitnessPair>.Empty;
            if (next > first)
            {
                var builder = ImmutableArray.CreateBuilder<WitnessPair>();
                foreach (var pair in pairs.AsSpan(first, next - first))
                {
                    if (!merged[pair.Second])
                    {
                        merged[pair.Second] = true;
                        builder.Add(pair);
                    }
                }

                taken = builder.ToImmutable();
            }

            groups.Add(new WitnessGroup(leader, taken));
        }

        if (next != pairs.Length)
        {
            throw new ArgumentException($"pair {pairs[next]} is out of order or out of range", nameof(pairs));
        }

        return groups.ToImmutable();
    }

    /// <summary>
    /// The least count of shared shingles for which <c>shared / (double)size &gt;= threshold</c> holds,
    /// found with that very division: "at least this many" then decides as the containment would.
    /// </summary>
    private static int MinimumShared(int size, double threshold)
    {
        var needed = Math.Max(1, (int)Math.Ceiling(threshold * size));
        while (needed > 1 && (needed - 1) / (double)size >= threshold)
        {
            needed--;
        }

        while (needed < size && needed / (double)size < threshold)
        {
            needed++;
        }

        return needed;
    }

    /// <summary>Whether x is the member of the pair that looks for the other: the smaller, or the earlier of two as large.</summary>
    private static bool IsLookedForFromSmaller(int x, int y, int[][] ranked) =>
        ranked[y].Length > ranked[x].Length || (ranked[y].Length == ranked[x].Length && y > x);

    /// <summary>
    /// Each article's shingles as their places in the one order of all shingles (rarest first, ties
    /// by hash), ascending: an article's prefix is then its first entries.
    /// </summary>
    /// <param name="frequency">How many articles carry the shingle at each place.</param>
    private static int[][] RankedShingles(IReadOnlyList<WitnessSignature> signatures, out int[] frequency)
    {
        // Sized for the most distinct shingles there can be, so that neither is copied as it grows.
        var total = signatures.Sum(s => s.Shingles.Length);
        var numbers = new Dictionary<ulong, int>(total);
        var carried = new int[total];
        var ranked = new int[signatures.Count][];
        for (var a = 0; a < signatures.Count; a++)
        {
            var shingles = signatures[a].Shingles;
            var numbered = new int[shingles.Length];
            for (var k = 0; k < shingles.Length; k++)
            {
                ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(numbers, shingles[k], out var known);
                if (!known)
                {
                    number = numbers.Count - 1;
                }

                carried[number]++; // A signature's shingles are distinct: one count an article.
                numbered[k] = number;
            }

            ranked[a] = numbered;
        }

        // The order: sorted by hash (plain numbers, the fast sort), then stably by how many
        // articles carry each shingle (a counting sort: at most one count an article).
        var hashes = new ulong[numbers.Count];
        var byHash = new int[numbers.Count];
        foreach (var (hash, number) in numbers)
        {
            (hashes[number], byHash[number]) = (hash, number);
        }

        Array.Sort(hashes, byHash);
        var firstPlace = new int[signatures.Count + 2];
        foreach (var number in byHash)
        {
            firstPlace[carried[number] + 1]++;
        }

        for (var count = 1; count < firstPlace.Length; count++)
        {
            firstPlace[count] += firstPlace[count - 1];
        }

        var place = new int[numbers.Count];
        frequency = new int[numbers.Count];
        foreach (var number in byHash)
        {
            place[number] = firstPlace[carried[number]]++;
            frequency[place[number]] = carried[number];
        }

        foreach (var numbered in ranked)
        {
            for (var k = 0; k < numbered.Length; k++)
            {
                numbered[k] = place[numbered[k]];
            }

            Array.Sort(numbered);
        }

        return ranked;
    }

    /// <summary>
    /// The articles that carry each shingle, in one array: those of the shingle at place p are
    /// <c>carriers[offsets[p]..offsets[p + 1]]</c>, in list order.
    /// </summary>
    private static (int[] Offsets, int[] Carriers) InvertedIndex(int[][] ranked, int[] frequency)
    {
        var offsets = new int[frequency.Length + 1];
        for (var p = 0; p < frequency.Length; p++)
        {
            offsets[p + 1] = offsets[p] + frequency[p];
        }

        var carriers = new int[offsets[^1]];
        var filled = offsets[..^1];
        for (var a = 0; a < ranked.Length; a++)
        {
            foreach (var p in ranked[a])
            {
                carriers[filled[p]++] = a;
            }
        }

        return (offsets, carriers);
    }
}
