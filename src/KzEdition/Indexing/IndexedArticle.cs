using System.Collections.Immutable;
using KzEdition.Model;

namespace KzEdition.Indexing;

/// <summary>What the index reads of an article: the article and its numbered paragraphs.</summary>
public sealed record IndexedArticle(Article Article, ImmutableArray<NumberedParagraph> Paragraphs);
