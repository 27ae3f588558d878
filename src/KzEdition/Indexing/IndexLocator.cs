namespace KzEdition.Indexing;

/// <summary>Where an entry is mentioned: an article and a paragraph of it (0: the article's keywords).</summary>
public sealed record IndexLocator(string ArticleId, int Paragraph);
