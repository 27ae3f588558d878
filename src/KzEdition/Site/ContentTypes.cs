namespace KzEdition.Site;

/// <summary>
/// The Content-Type of each kind of file the edition publishes, as the preview serves it and as
/// the pdf command answers Chromium's requests for the site's files. Text types always say
/// <c>charset=utf-8</c> (the build writes nothing else), so that a browser never guesses the Kazakh
/// text's encoding; anything unknown is served as bytes to download, never sniffed.
/// </summary>
public static class ContentTypes
{
    public const string Fallback = "application/octet-stream";

    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".htm"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".webmanifest"] = "application/manifest+json; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".md"] = "text/markdown; charset=utf-8",
        [".bib"] = "application/x-bibtex; charset=utf-8",
        [".ris"] = "application/x-research-info-systems; charset=utf-8",
        [".svg"] = "image/svg+xml; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
        [".woff2"] = "font/woff2",
        [".woff"] = "font/woff",
        [".ttf"] = "font/ttf",
        [".otf"] = "font/otf",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".avif"] = "image/avif",
        [".ico"] = "image/x-icon",
        [".pdf"] = "application/pdf",
    };

    public static string For(string path) =>
        ByExtension.TryGetValue(Path.GetExtension(path), out var type) ? type : Fallback;

    public static bool IsHtml(string path) => For(path).StartsWith("text/html", StringComparison.Ordinal);
}
