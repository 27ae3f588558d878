namespace KzEdition.Model;

/// <summary>A body paragraph of an article as the reader sees it: its number (<c>#p&lt;N&gt;</c>) and its text.</summary>
public sealed record NumberedParagraph(int Number, string Text);
