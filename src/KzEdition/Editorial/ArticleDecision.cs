using System.Collections.Immutable;

namespace KzEdition.Editorial;

/// <summary>
/// What the editors decide about one article, named by its id or by a line of a source it
/// comes from. Every value left null keeps what the cleaner found.
/// </summary>
/// <param name="Where">Where the decision was written (file and line), for messages.</param>
public sealed record ArticleDecision(EditorialPosition Where, string? Id, SourceLine? At)
{
    public string? Title { get; init; }

    public ImmutableArray<string>? Authors { get; init; }

    public string? Lang { get; init; }

    /// <summary><c>complete</c> or <c>fragment</c>.</summary>
    public string? Status { get; init; }

    public string? Slug { get; init; }
}
