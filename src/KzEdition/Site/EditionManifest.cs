using System.Collections.Immutable;

namespace KzEdition.Site;

/// <summary>
/// The shape of <c>output/edition.json</c>, the machine-readable manifest of the built edition.
/// Tests and tools read it: change it only by adding fields.
/// </summary>
public sealed record EditionManifest(
    string Title,
    string? Subtitle,
    string Lang,
    string? BaseUrl,
    ImmutableArray<string> Editors,
    string? Publisher,
    int? Year,
    string? Date,
    string? Licence,
    ImmutableArray<ManifestArticle> Articles,
    ImmutableArray<ManifestIndex> Indices)
{
    /// <summary>The print edition's URL (<c>print/</c>); null when the theme has none.</summary>
    public string? Print { get; init; }

    /// <summary>The print edition's PDF (<c>print/&lt;edition-slug&gt;.pdf</c>) when the build made PDFs.</summary>
    public string? Pdf { get; init; }
}

public sealed record ManifestArticle(
    string Id,
    string Slug,
    string Url,
    string Markdown,
    string Title,
    string TitleSource,
    string Lang,
    ImmutableArray<string> Authors,
    ImmutableArray<string> Affiliations,
    string Status,
    ImmutableArray<ManifestWitness> Witnesses,
    string? Abstract,
    ImmutableArray<string> Keywords,
    int Paragraphs,
    int Words,
    ImmutableArray<string> Citations,
    int References,
    int Tables,
    ImmutableArray<ManifestNote> Notes)
{
    /// <summary>The article's PDF (<c>articles/&lt;slug&gt;/&lt;slug&gt;.pdf</c>) when the build made PDFs.</summary>
    public string? Pdf { get; init; }
}

public sealed record ManifestWitness(string Source, int FirstLine, int LastLine, bool Primary);

public sealed record ManifestNote(string Kind, string Text, string? Lemma, string? Source, int? Line);

public sealed record ManifestIndex(string Name, string Url, int Entries);
