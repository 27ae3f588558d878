namespace KzEdition.Tests.Text.Oracles;

/// <summary>
/// Test-only copy of WordDiff before its trace kept only the diagonals each step reads (it kept a whole array a step, D·(N+M) numbers): the oracle the bounded one is compared with. Myers' O(ND) algorithm ("An O(ND) Difference
/// Algorithm and Its Variations", 1986): fast when the texts are close, as two witnesses are.
/// </summary>
public static class WordDiffOracle
{
    /// <summary>A run of words that differs: <c>[AStart, AEnd)</c> in a replaced by <c>[BStart, BEnd)</c> in b.</summary>
    public readonly record struct Hunk(int AStart, int AEnd, int BStart, int BEnd);

    public static List<Hunk> Compare(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var n = a.Count;
        var m = b.Count;
        var max = n + m;
        var v = new int[2 * max + 2];
        var trace = new List<int[]>();
        for (var d = 0; d <= max; d++)
        {
            trace.Add((int[])v.Clone());
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

        return [];
    }

    private static List<Hunk> Backtrack(List<int[]> trace, IReadOnlyList<string> a, IReadOnlyList<string> b, int max, int dEnd)
    {
        // Walk the trace back into single-word edits, then merge neighbouring edits into hunks.
        var edits = new List<(int X, int Y, bool Deletion)>();
        int x = a.Count, y = b.Count;
        for (var d = dEnd; d > 0; d--)
        {
            var v = trace[d];
            var k = x - y;
            var prevK = k == -d || (k != d && v[max + k - 1] < v[max + k + 1]) ? k + 1 : k - 1;
            var prevX = v[max + prevK];
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
