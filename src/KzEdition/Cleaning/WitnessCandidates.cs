using System.Collections.Immutable;
using System.Numerics;

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
/// integers a shingle of each article and one a distinct shingle (twelve bytes more a shingle
/// while the index is sorted), and nothing for a pair that is never a candidate.
/// </para>
/// </remarks>
public static class WitnessCandidates
{
    /// <summary>About 2⁴ (sixteen) entries a bucket when the (shingle, article) entries are sorted.</summary>
    private const int EntriesABucketLog2 = 4;

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

        var (ranked, offsets, carriers) = Index(signatures);
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
                var shared = signatures[x].SharedShingles(signatures[y], atLeast: needed);
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
    internal static int MinimumShared(int size, double threshold)
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
    /// The inverted index and each article's shingles in the one order of all shingles (rarest
    /// first, ties by hash), as places in that order: the articles that carry the shingle at place p
    /// are <c>carriers[offsets[p]..offsets[p + 1]]</c>, and an article's places ascend, so that its
    /// prefix is its first entries.
    /// </summary>
    /// <remarks>
    /// Made by sorting every (shingle, article) once by hash, not through a dictionary of the
    /// distinct shingles: spread into buckets by the hash's top bits (one counting pass, one placing
    /// pass), then each bucket, a few entries, sorted on its own. The work stays linear and in cache
    /// where millions of dictionary entries would not be; equal hashes then stand together, as many as
    /// there are articles carrying the shingle.
    /// </remarks>
    private static (int[][] Ranked, int[] Offsets, int[] Carriers) Index(IReadOnlyList<WitnessSignature> signatures)
    {
        var total = signatures.Sum(s => s.Shingles.Length);
        var bits = Math.Clamp(BitOperations.Log2((uint)Math.Max(total, 1)) - EntriesABucketLog2, 1, 24);
        var shift = 64 - bits;
        var bucketStart = new int[(1 << bits) + 1];
        foreach (var signature in signatures)
        {
            foreach (var shingle in signature.Shingles)
            {
                bucketStart[(int)(shingle >> shift) + 1]++;
            }
        }

        for (var b = 1; b < bucketStart.Length; b++)
        {
            bucketStart[b] += bucketStart[b - 1];
        }

        var hashes = new ulong[total];
        var owners = new int[total];
        var next = bucketStart[..^1];
        for (var a = 0; a < signatures.Count; a++)
        {
            foreach (var shingle in signatures[a].Shingles)
            {
                var at = next[(int)(shingle >> shift)]++;
                (hashes[at], owners[at]) = (shingle, a);
            }
        }

        for (var b = 0; b + 1 < bucketStart.Length; b++)
        {
            Array.Sort(hashes, owners, bucketStart[b], bucketStart[b + 1] - bucketStart[b]);
        }

        // The distinct shingles, in hash order: runs of one hash, each as long as the articles that carry it.
        var runs = 0;
        for (var i = 0; i < total; i++)
        {
            runs += i == 0 || hashes[i] != hashes[i - 1] ? 1 : 0;
        }

        var runStart = new int[runs + 1];
        for (int i = 0, r = 0; i < total; i++)
        {
            if (i == 0 || hashes[i] != hashes[i - 1])
            {
                runStart[r++] = i;
            }
        }

        runStart[runs] = total;

        // The order: the runs by length, a counting sort, stable over the hash order.
        var firstPlace = new int[signatures.Count + 2];
        for (var r = 0; r < runs; r++)
        {
            firstPlace[runStart[r + 1] - runStart[r] + 1]++;
        }

        for (var carried = 1; carried < firstPlace.Length; carried++)
        {
            firstPlace[carried] += firstPlace[carried - 1];
        }

        var runAt = new int[runs];
        for (var r = 0; r < runs; r++)
        {
            runAt[firstPlace[runStart[r + 1] - runStart[r]]++] = r;
        }

        // The index and each article's places, filled place by place: each article's come ascending.
        var ranked = new int[signatures.Count][];
        for (var a = 0; a < signatures.Count; a++)
        {
            ranked[a] = new int[signatures[a].Shingles.Length];
        }

        var filled = new int[signatures.Count];
        var offsets = new int[runs + 1];
        var carriers = new int[total];
        for (var p = 0; p < runs; p++)
        {
            var (start, end) = (runStart[runAt[p]], runStart[runAt[p] + 1]);
            offsets[p + 1] = offsets[p] + (end - start);
            for (var i = start; i < end; i++)
            {
                var a = owners[i];
                carriers[offsets[p] + (i - start)] = a;
                ranked[a][filled[a]++] = p;
            }
        }

        return (ranked, offsets, carriers);
    }
}
