namespace KzEdition.Indexing;

/// <summary>A date found in a text, and where its words are.</summary>
public sealed record DateMention(EventDate Date, int Start, int Length);
