using System.Collections.Immutable;

namespace KzEdition.Cleaning;

/// <summary>A block of cleaned text, the 1-based source lines it was rebuilt from, and those lines as they stand.</summary>
public sealed record TextBlock(BlockKind Kind, string Text, int FirstLine, int LastLine)
{
    /// <summary>The source lines, trimmed at the end only: their inner spacing can be evidence (table columns).</summary>
    public ImmutableArray<string> RawLines { get; init; } = [];

    /// <summary>The 1-based source line of each of <see cref="RawLines"/>.</summary>
    public ImmutableArray<int> RawLineNumbers { get; init; } = [];

    /// <summary>
    /// The source line a character of <see cref="Text"/> comes from, found by its share of the raw
    /// lines' length (joining lines changes the length by a character or two a line, no more).
    /// </summary>
    public int LineAt(int offset)
    {
        if (RawLines.Length <= 1 || RawLineNumbers.Length != RawLines.Length)
        {
            return FirstLine;
        }

        // Computed once a block: one binary search a word, not a walk over the lines. Kept outside
        // the record, so that it takes no part in the record's equality.
        var ends = CumulativeEndsCache.GetValue(this, block => CumulativeEnds(block.RawLines));
        var position = (double)offset / Math.Max(1, Text.Length) * ends[^1];
        var index = Array.BinarySearch(ends, (int)position + 1);
        index = index < 0 ? ~index : index;
        return RawLineNumbers[Math.Min(index, RawLineNumbers.Length - 1)];
    }

    /// <summary>
    /// <see cref="LineAt"/> of each of <paramref name="offsets"/>, which ascend, written to
    /// <paramref name="lines"/>: one walk forward over the lines for them all, not a search each (a
    /// witness's signature asks it of every word). The line a share of the text falls in only moves
    /// forward as the share grows, so the walk finds what the search finds.
    /// </summary>
    internal void LinesAt(ReadOnlySpan<int> offsets, Span<int> lines)
    {
        if (RawLines.Length <= 1 || RawLineNumbers.Length != RawLines.Length)
        {
            lines[..offsets.Length].Fill(FirstLine);
            return;
        }

        var ends = CumulativeEndsCache.GetValue(this, block => CumulativeEnds(block.RawLines));
        var index = 0;
        for (var i = 0; i < offsets.Length; i++)
        {
            // As LineAt: the first line whose end reaches the position (the ends ascend strictly).
            var position = (double)offsets[i] / Math.Max(1, Text.Length) * ends[^1];
            while (index < ends.Length && ends[index] < (int)position + 1)
            {
                index++;
            }

            lines[i] = RawLineNumbers[Math.Min(index, RawLineNumbers.Length - 1)];
        }
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TextBlock, int[]> CumulativeEndsCache = new();

    private static int[] CumulativeEnds(ImmutableArray<string> lines)
    {
        var ends = new int[lines.Length];
        var total = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            total += lines[i].Trim().Length + 1;
            ends[i] = total;
        }

        return ends;
    }
}
