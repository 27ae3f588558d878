namespace KzEdition.Indexing;

/// <summary>A dated event: the date, the sentence that gives it, and where that sentence is.</summary>
/// <param name="DateStart">Where the date's words are within <paramref name="Sentence"/>, for highlighting.</param>
public sealed record TimelineEvent(EventDate Date, string Sentence, int DateStart, int DateLength, IndexLocator Locator);
