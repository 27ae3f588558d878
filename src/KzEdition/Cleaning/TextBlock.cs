namespace KzEdition.Cleaning;

/// <summary>A block of cleaned text and the 1-based source lines it was rebuilt from.</summary>
public sealed record TextBlock(BlockKind Kind, string Text, int FirstLine, int LastLine);
