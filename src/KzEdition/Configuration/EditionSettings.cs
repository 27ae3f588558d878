using System.Collections.Immutable;

namespace KzEdition.Configuration;

/// <summary>The edition's metadata, from <c>input/edition.yml</c>; every field has a sensible default.</summary>
public sealed record EditionSettings
{
    public string Title { get; init; } = "Цифрлық басылым";

    public string? Subtitle { get; init; }

    public ImmutableArray<string> Editors { get; init; } = [];

    /// <summary>The edition's own language (BCP 47); the UI is in this language.</summary>
    public string Lang { get; init; } = "kk";

    public string? Publisher { get; init; }

    /// <summary>The place of publication, for the print edition's title and copyright pages (<c>place:</c>).</summary>
    public string? Place { get; init; }

    /// <summary>The edition statement ("Бірінші басылым", "2nd edition"), for the copyright page (<c>edition:</c>).</summary>
    public string? EditionStatement { get; init; }

    public int? Year { get; init; }

    /// <summary>A publication date (ISO 8601). The only date the build ever writes: no timestamps otherwise.</summary>
    public string? Date { get; init; }

    public string? Licence { get; init; }

    /// <summary>The absolute URL the site is published under, e.g. <c>https://example.org/edition/</c>; null when unknown.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>The print edition's page size: A4 (the default) or B5 (<c>page_size:</c> in edition.yml).</summary>
    public string PageSize { get; init; } = "A4";

    /// <summary>The page sizes the print edition knows, as CSS <c>@page { size }</c> names them.</summary>
    public static IReadOnlyList<string> PageSizes { get; } = ["A4", "B5"];

    /// <summary>The edition's ASCII slug, from its title; it names the edition's PDF (<c>print/&lt;slug&gt;.pdf</c>).</summary>
    public string Slug => Text.Slugifier.Slugify(Title);

    public static EditionSettings Default { get; } = new();
}
