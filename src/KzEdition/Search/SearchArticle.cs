using System.Collections.Immutable;
using KzEdition.Model;

namespace KzEdition.Search;

/// <summary>What the search index holds of an article: how results show it, its numbered paragraphs, and their terms (default: found on the way).</summary>
/// <param name="Url">The article page, relative to the site root (<c>articles/slug/index.html</c>).</param>
public sealed record SearchArticle(string Title, string Url, string Lang, ImmutableArray<NumberedParagraph> Paragraphs, ImmutableArray<SearchParagraph> Terms = default);
