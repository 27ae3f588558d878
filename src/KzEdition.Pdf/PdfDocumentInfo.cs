using System.Text.Json;

namespace KzEdition.Pdf;

/// <summary>
/// What a PDF says of itself besides its pages: its document information (title, author, subject,
/// keywords) and its catalog's natural language, from edition.json.
/// </summary>
/// <param name="Lang">A BCP 47 tag (<c>kk</c>, <c>ru</c>): what a screen reader reads the text as.</param>
public sealed record PdfDocumentInfo(string Title, string? Author, string? Subject, string? Keywords, string Lang)
{
    /// <summary>The authors (or editors) one by one, in order, for XMP's <c>dc:creator</c>; <see cref="Author"/> joins them.</summary>
    public IReadOnlyList<string> Creators { get; init; } = [];

    /// <summary>The keywords one by one, for XMP's <c>dc:subject</c>; <see cref="Keywords"/> joins them.</summary>
    public IReadOnlyList<string> KeywordList { get; init; } = [];

    /// <summary>The licence (edition.yml's <c>licence</c>), for XMP's <c>dc:rights</c>.</summary>
    public string? Rights { get; init; }

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
            Text(root, "lang") ?? "kk")
        {
            Creators = List(root, "editors"),
            Rights = Text(root, "licence"),
        };
        var articles = root.GetProperty("articles").EnumerateArray().ToDictionary(
            a => a.GetProperty("slug").GetString()!,
            a => new PdfDocumentInfo(
                Text(a, "title") ?? "",
                Joined(a, "authors", ", "),
                Text(a, "abstract"),
                Joined(a, "keywords", "; "),
                Text(a, "lang") ?? edition.Lang)
            {
                Creators = List(a, "authors"),
                KeywordList = List(a, "keywords"),
                Rights = edition.Rights,
            },
            StringComparer.Ordinal);
        return (edition, articles);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

    private static string[] List(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(v => v.GetString()).OfType<string>().ToArray()
            : [];

    private static string? Joined(JsonElement element, string name, string separator) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0
            ? string.Join(separator, value.EnumerateArray().Select(v => v.GetString()))
            : null;
}
