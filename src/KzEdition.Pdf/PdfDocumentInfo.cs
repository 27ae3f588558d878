using System.Text.Json;

namespace KzEdition.Pdf;

/// <summary>
/// What a PDF says of itself besides its pages: its document information (title, author, subject,
/// keywords) and its catalog's natural language, from edition.json.
/// </summary>
/// <param name="Lang">A BCP 47 tag (<c>kk</c>, <c>ru</c>): what a screen reader reads the text as.</param>
public sealed record PdfDocumentInfo(string Title, string? Author, string? Subject, string? Keywords, string Lang)
{
    /// <summary>
    /// The edition's (title; editors as author; subtitle as subject) and each article's, by slug
    /// (title; authors; abstract as subject; keywords), from the site's edition.json.
    /// </summary>
    public static (PdfDocumentInfo Edition, IReadOnlyDictionary<string, PdfDocumentInfo> Articles) FromManifest(string json)
    {
        using var manifest = JsonDocument.Parse(json);
        var root = manifest.RootElement;
        var edition = new PdfDocumentInfo(
            Text(root, "title") ?? "",
            Joined(root, "editors", ", "),
            Text(root, "subtitle"),
            null,
            Text(root, "lang") ?? "kk");
        var articles = root.GetProperty("articles").EnumerateArray().ToDictionary(
            a => a.GetProperty("slug").GetString()!,
            a => new PdfDocumentInfo(
                Text(a, "title") ?? "",
                Joined(a, "authors", ", "),
                Text(a, "abstract"),
                Joined(a, "keywords", "; "),
                Text(a, "lang") ?? edition.Lang),
            StringComparer.Ordinal);
        return (edition, articles);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

    private static string? Joined(JsonElement element, string name, string separator) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0
            ? string.Join(separator, value.EnumerateArray().Select(v => v.GetString()))
            : null;
}
