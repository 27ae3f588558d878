namespace KzEdition.Site;

/// <summary>
/// Where every page of the site lives, and how pages link to each other. Links are relative and
/// name <c>index.html</c> explicitly, so the site works under any base path and from disk.
/// </summary>
public static class SitePaths
{
    public const string Home = "index.html";

    public const string NotFound = "404.html";

    public const string Manifest = "edition.json";

    public const string Sitemap = "sitemap.xml";

    public const string Report = "report.html";

    /// <summary>The list of the edition's indices and the timeline.</summary>
    public const string Indices = "index/index.html";

    public const string Timeline = "index/timeline/index.html";

    /// <summary>The search page; it reads its query from the URL (<c>search/index.html?q=…</c>).</summary>
    public const string Search = "search/index.html";

    /// <summary>The whole edition as one document for print and PDF.</summary>
    public const string PrintEdition = "print/index.html";

    /// <summary>The print edition's PDF: <c>print/&lt;edition-slug&gt;.pdf</c>.</summary>
    public static string PrintPdf(string editionSlug) => $"print/{editionSlug}.pdf";

    /// <summary>An article's own PDF, beside its page: <c>articles/&lt;slug&gt;/&lt;slug&gt;.pdf</c>.</summary>
    public static string ArticlePdf(string slug) => $"articles/{slug}/{slug}.pdf";

    /// <summary>The page of one index: <c>index/persons/index.html</c>.</summary>
    public static string IndexPage(Model.TermType kind) => $"index/{IndexName(kind)}/index.html";

    /// <summary>The name of an index in URLs and edition.json: persons, organisations, places, acronyms, keywords.</summary>
    public static string IndexName(Model.TermType kind) => kind switch
    {
        Model.TermType.Person => "persons",
        Model.TermType.Organisation => "organisations",
        Model.TermType.Place => "places",
        Model.TermType.Acronym => "acronyms",
        Model.TermType.Keyword => "keywords",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Where an entry is listed: its index page and anchor.</summary>
    public static string IndexEntry(Model.TermType type, string id) => $"{IndexPage(type)}#{id}";

    /// <summary>A paragraph of an article: <c>articles/slug/index.html#p12</c>.</summary>
    public static string ArticleParagraph(string slug, int paragraph) => $"{ArticlePage(slug)}#p{paragraph}";

    public static string ArticlePage(string slug) => $"articles/{slug}/index.html";

    /// <summary>The article in the Kazakh Latin alphabet: <c>articles/&lt;slug&gt;/latn/index.html</c>.</summary>
    public static string LatinArticlePage(string slug) => $"articles/{slug}/latn/index.html";

    public static string ArticleBibTex(string slug) => $"articles/{slug}/{slug}.bib";

    public static string ArticleRis(string slug) => $"articles/{slug}/{slug}.ris";

    public static string ArticleMarkdown(string slug) => $"articles/{slug}/{slug}.md";

    /// <summary>The article's URL relative to the site root, in the form web hosts serve: <c>articles/slug/</c>.</summary>
    public static string ArticleUrl(string slug) => $"articles/{slug}/";

    /// <summary>The prefix that leads from a page back to the site root: "" for index.html, "../../" for articles/x/index.html.</summary>
    public static string RootPrefix(string destination) =>
        string.Concat(Enumerable.Repeat("../", destination.Count(c => c == '/')));

    /// <summary>The pretty URL of an output path: <c>articles/x/index.html</c> → <c>articles/x/</c>.</summary>
    public static string PrettyUrl(string destination) =>
        destination == Home ? "" : destination.EndsWith("/index.html", StringComparison.Ordinal) ? destination[..^"index.html".Length] : destination;

    /// <summary>The absolute URL of a page under the base URL (which ends with '/').</summary>
    public static string Absolute(string baseUrl, string destination) => baseUrl + PrettyUrl(destination);
}
