using KzEdition.Indexing;

namespace KzEdition.Markdown.Rendering;

/// <summary>What a body's cross-links to the index need: the index as text links to it (read by queries, <see cref="Indexing.IndexLinks"/>), the way from the page back to the site root, the article's language.</summary>
/// <param name="Root">The page's prefix to the site root (<c>SitePaths.RootPrefix</c>): <c>../../</c> for an article page.</param>
/// <param name="Lang">The article's language, which decides the endings a mention may carry.</param>
public sealed record IndexLinkOptions(Indexing.IndexLinks Links, string Root, string Lang);
