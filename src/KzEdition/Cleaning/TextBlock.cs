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

        var total = RawLines.Sum(l => l.Trim().Length + 1);
        var position = (double)offset / Math.Max(1, Text.Length) * total;
        var cumulative = 0;
        for (var i = 0; i < RawLines.Length; i++)
        {
            cumulative += RawLines[i].Trim().Length + 1;
            if (position < cumulative)
            {
                return RawLineNumbers[i];
            }
        }

        return RawLineNumbers[^1];
    }
}
