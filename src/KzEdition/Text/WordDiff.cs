namespace KzEdition.Text;

/// <summary>
/// The differences between two word sequences, by Myers' O(ND) algorithm ("An O(ND) Difference
/// Algorithm and Its Variations", 1986): fast when the texts are close, as two witnesses are.
/// </summary>
public static class WordDiff
{
    /// <summary>A run of words that differs: <c>[AStart, AEnd)</c> in a replaced by <c>[BStart, BEnd)</c> in b.</summary>
    public readonly record struct Hunk(int AStart, int AEnd, int BStart, int BEnd);

    /// <summary>
    /// The most single-word edits looked for: past it two texts are not witnesses to compare word by
    /// word, and <see cref="Compare(IReadOnlyList{string}, IReadOnlyList{string}, int)"/> gives up.
    /// It bounds the memory (the search keeps about D² numbers for D edits) and the time.
    /// </summary>
    public const int MaxEdits = 2_000;

    /// <summary>The differences; null when the texts differ by more than <paramref name="maxEdits"/> single-word edits.</summary>
    public static List<Hunk>? Compare(IReadOnlyList<string> a, IReadOnlyList<string> b, int maxEdits = MaxEdits)
    {
        var n = a.Count;
        var m = b.Count;
        var max = n + m;
        var v = new int[2 * max + 2];

        // What each step d starts from, kept for the walk back: only the diagonals it reads,
        // k = -d-1 … d+1, not the whole array (which made the memory grow as D·(N+M)).
        var trace = new List<int[]>();
        for (var d = 0; d <= Math.Min(max, maxEdits); d++)
        {
            trace.Add(v[FirstKept(max, d)..Math.Min(v.Length, max + d + 2)]);
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[max + k - 1] < v[max + k + 1]) ? v[max + k + 1] : v[max + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a[x] == b[y])
                {
                    x++;
                    y++;
                }

                v[max + k] = x;
                if (x >= n && y >= m)
                {
                    return Backtrack(trace, a, b, max, d);
                }
            }
        }

        return null;
    }

    /// <summary>Where step <paramref name="d"/>'s trace starts in the array of diagonals: at k = -d-1, or the array's start.</summary>
    private static int FirstKept(int max, int d) => Math.Max(0, max - d - 1);

    /// <summary>Diagonal <paramref name="k"/> of the state step <paramref name="d"/> started from (its trace holds k = -d-1 … d+1).</summary>
    private static int At(List<int[]> trace, int max, int d, int k) => trace[d][max + k - FirstKept(max, d)];

    private static List<Hunk> Backtrack(List<int[]> trace, IReadOnlyList<string> a, IReadOnlyList<string> b, int max, int dEnd)
    {
        // Walk the trace back into single-word edits, then merge neighbouring edits into hunks.
        var edits = new List<(int X, int Y, bool Deletion)>();
        int x = a.Count, y = b.Count;
        for (var d = dEnd; d > 0; d--)
        {
            var k = x - y;
            var prevK = k == -d || (k != d && At(trace, max, d, k - 1) < At(trace, max, d, k + 1)) ? k + 1 : k - 1;
            var prevX = At(trace, max, d, prevK);
            var prevY = prevX - prevK;
            while (x > prevX && y > prevY)
            {
                x--;
                y--;
            }

            edits.Add(prevK == k + 1 ? (prevX, prevY, false) : (prevX, prevY, true));
            x = prevX;
            y = prevY;
        }

        edits.Reverse();
        var hunks = new List<Hunk>();
        foreach (var (ex, ey, deletion) in edits)
        {
            var hunk = deletion ? new Hunk(ex, ex + 1, ey, ey) : new Hunk(ex, ex, ey, ey + 1);
            if (hunks.Count > 0 && hunks[^1].AEnd == hunk.AStart && hunks[^1].BEnd == hunk.BStart)
            {
                hunks[^1] = hunks[^1] with { AEnd = hunk.AEnd, BEnd = hunk.BEnd };
            }
            else
            {
                hunks.Add(hunk);
            }
        }

        return hunks;
    }
}
