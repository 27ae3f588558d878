using System.Collections.Immutable;

namespace KzEdition.Cleaning;

/// <summary>A block of cleaned text, the 1-based source lines it was rebuilt from, and those lines as they stand.</summary>
public sealed record TextBlock(BlockKind Kind, string Text, int FirstLine, int LastLine)
{
    /// <summary>The source lines, trimmed at the end only: their inner spacing can be evidence (table columns).</summary>
    public ImmutableArray<string> RawLines { get; init; } = [];
}
