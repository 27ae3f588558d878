using KzEdition.Indexing;

namespace KzEdition.Markdown.Rendering;

/// <summary>
/// What one rendering of an article body adds to the text: the index's cross-links (the site's
/// pages), or the print edition's ids and links (the one-document edition, where every article
/// shares one id space), or neither.
/// </summary>
public sealed record BodyRenderOptions
{
    /// <summary>The body as it stands: numbered paragraphs and citation links only.</summary>
    public static BodyRenderOptions Plain { get; } = new();

    /// <summary>Cross-links to the index's entries (first mention of each), from a page at <c>Root</c> (<c>SitePaths.RootPrefix</c>); in the print edition, an anchor on every mention instead.</summary>
    public IndexLinkOptions? IndexLinks { get; init; }

    /// <summary>Whether body paragraphs carry their numbers (an article's do; a page's, such as the about page in the print edition's colophon, do not).</summary>
    public bool Numbered { get; init; } = true;

    /// <summary>The article's prefix in the print edition (<c>a-slug</c>): ids prefixed, links within the article followed, others unwrapped.</summary>
    public string? PrintPrefix { get; init; }

    /// <summary>A page of the site: cross-linked when there is an index with entries to link.</summary>
    public static BodyRenderOptions Site(EditionIndex? index, string root, string lang) => Site(index?.Links, root, lang);

    /// <summary>A page of the site, its cross-links read through <paramref name="links"/> (which may log what it is asked: the engine's observation of the index).</summary>
    public static BodyRenderOptions Site(Indexing.IndexLinks? links, string root, string lang) =>
        links is null || links.IsEmpty ? Plain : new BodyRenderOptions { IndexLinks = new IndexLinkOptions(links, root, lang) };

    /// <summary>The article in the print edition, under <paramref name="prefix"/> (<c>PrintTemplateModel.ArticleId</c>).</summary>
    public static BodyRenderOptions Print(string prefix) => new() { PrintPrefix = prefix };

    /// <summary>
    /// The article in the print edition, every mention of an indexed entry marked with an anchor of
    /// its own (<c>&lt;span class="ix" id="a-slug--ix-7" data-ix="Person/nazarbaev"&gt;</c>): the
    /// indices give the pages those anchors are laid out on, not the pages their paragraphs start on.
    /// </summary>
    public static BodyRenderOptions Print(string prefix, Indexing.IndexLinks? links, string lang) =>
        links is null || links.IsEmpty ? Print(prefix) : new() { PrintPrefix = prefix, IndexLinks = new IndexLinkOptions(links, "", lang) };
}
