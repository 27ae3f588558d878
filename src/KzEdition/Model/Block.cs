namespace KzEdition.Model;

/// <summary>A block of an article's text, in reading order.</summary>
public abstract record Block;

/// <summary>A body paragraph: the unit readers cite (¶ numbers).</summary>
public sealed record Paragraph(string Text) : Block;

/// <summary>A section heading; level 2 is a section, 3 a subsection (level 1 is the article title).</summary>
public sealed record Heading(int Level, string Text) : Block;
