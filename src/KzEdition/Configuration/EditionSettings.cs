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

    public int? Year { get; init; }

    /// <summary>A publication date (ISO 8601). The only date the build ever writes: no timestamps otherwise.</summary>
    public string? Date { get; init; }

    public string? Licence { get; init; }

    /// <summary>The absolute URL the site is published under, e.g. <c>https://example.org/edition/</c>; null when unknown.</summary>
    public string? BaseUrl { get; init; }

    public static EditionSettings Default { get; } = new();
}
