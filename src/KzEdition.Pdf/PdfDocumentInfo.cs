using System.Text.Json;

namespace KzEdition.Pdf;

/// <summary>
/// What a PDF says of itself besides its pages: its document information (title, author, subject,
/// keywords), its catalog's natural language and its XMP packet's facts, from edition.json.
/// </summary>
/// <param name="Creators">The authors (or editors) one by one, in order: XMP's <c>dc:creator</c>; <see cref="Author"/> joins them.</param>
/// <param name="KeywordList">The keywords one by one: XMP's <c>dc:subject</c>; <see cref="Keywords"/> joins them.</param>
/// <param name="Lang">A BCP 47 tag (<c>kk</c>, <c>ru</c>): what a screen reader reads the text as.</param>
public sealed record PdfDocumentInfo(string Title, IReadOnlyList<string> Creators, string? Subject, IReadOnlyList<string> KeywordList, string Lang)
{
    /// <summary>The Info dictionary's Author: the creators, comma-separated; null when there are none.</summary>
    public string? Author => Creators.Count == 0 ? null : string.Join(", ", Creators);

    /// <summary>The Info dictionary's Keywords: the keywords, semicolon-separated; null when there are none.</summary>
    public string? Keywords => KeywordList.Count == 0 ? null : string.Join("; ", KeywordList);

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
        var edition = new PdfDocumentInfo(Text(root, "title") ?? "", List(root, "editors"), Text(root, "subtitle"), [], Text(root, "lang") ?? "kk")
        {
            Rights = Text(root, "licence"),
        };
        var articles = root.GetProperty("articles").EnumerateArray().ToDictionary(
            a => a.GetProperty("slug").GetString()!,
            a => new PdfDocumentInfo(Text(a, "title") ?? "", List(a, "authors"), Text(a, "abstract"), List(a, "keywords"), Text(a, "lang") ?? edition.Lang)
            {
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
}
