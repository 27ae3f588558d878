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
