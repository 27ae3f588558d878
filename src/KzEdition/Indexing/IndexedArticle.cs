using System.Collections.Immutable;
using KzEdition.Model;

namespace KzEdition.Indexing;

/// <summary>What the index reads of an article: the article, its numbered paragraphs, and what detection found in each (default: found on the way).</summary>
public sealed record IndexedArticle(Article Article, ImmutableArray<NumberedParagraph> Paragraphs, ImmutableArray<ParagraphFacts> Facts = default);
