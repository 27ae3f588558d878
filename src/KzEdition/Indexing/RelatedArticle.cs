using System.Collections.Immutable;

namespace KzEdition.Indexing;

/// <summary>An article related to another, and why: the index entries both mention, most telling first.</summary>
public sealed record RelatedArticle(string ArticleId, double Score, ImmutableArray<IndexEntry> Shared);
