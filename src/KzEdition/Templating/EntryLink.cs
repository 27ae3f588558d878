namespace KzEdition.Templating;

/// <summary>A link to an index entry as a page shows it: its text, and its URL (none for a keyword no entry has).</summary>
public sealed record EntryLink(string Text, string? Url);
