using System.Collections.Immutable;

namespace KzEdition.Model;

/// <summary>A block of an article's text, in reading order.</summary>
public abstract record Block;

/// <summary>A body paragraph: the unit readers cite (¶ numbers).</summary>
public sealed record Paragraph(string Text) : Block;

/// <summary>A section heading; level 2 is a section, 3 a subsection (level 1 is the article title).</summary>
public sealed record Heading(int Level, string Text) : Block;

/// <summary>A numbered or bulleted list; each item is running text.</summary>
public sealed record ListBlock(bool Ordered, ImmutableArray<string> Items) : Block
{
    public bool Equals(ListBlock? other) => other is not null && Ordered == other.Ordered && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => HashCode.Combine(Ordered, Items.Length);
}

/// <summary>
/// A table as the source prints it: its caption ("1 кесте"), title, and either recovered cells
/// (<see cref="Rows"/>, first row the header) or, when the cells cannot be told apart, its lines
/// of text as they stand (<see cref="Lines"/>), and the source line under it ("Дереккөз: …").
/// </summary>
public sealed record TableBlock(string Caption, string? Title, ImmutableArray<ImmutableArray<string>> Rows, ImmutableArray<string> Lines, string? Source) : Block
{
    public bool HasCells => !Rows.IsDefaultOrEmpty;

    public bool Equals(TableBlock? other) =>
        other is not null && Caption == other.Caption && Title == other.Title && Source == other.Source &&
        Lines.SequenceEqual(other.Lines) && Rows.Length == other.Rows.Length && Rows.Zip(other.Rows).All(p => p.First.SequenceEqual(p.Second));

    public override int GetHashCode() => HashCode.Combine(Caption, Title, Lines.Length);
}
