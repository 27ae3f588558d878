using System.Collections.Immutable;

namespace KzEdition.Editorial;

/// <summary>
/// Everything the editors decided in <c>input/editorial/*.yml</c>: decisions about articles,
/// where an article starts that the cleaner did not see (splits), where it saw a start that is
/// none (joins), the order of the articles, and the curated index terms.
/// </summary>
public sealed record EditorialDecisions(
    ImmutableArray<ArticleDecision> Articles,
    ImmutableArray<(SourceLine At, EditorialPosition Where)> Splits,
    ImmutableArray<(SourceLine At, EditorialPosition Where)> Joins,
    ImmutableArray<(string Id, EditorialPosition Where)> Order)
{
    public static EditorialDecisions None { get; } = new([], [], [], []);

    /// <summary>The curated index entries (key <c>terms</c>).</summary>
    public ImmutableArray<TermDecision> Terms { get; init; } = [];

    /// <summary>Paragraph breaks the text does not mark, each with the source it is in (key <c>paragraphs</c>).</summary>
    public ImmutableArray<(string Source, Cleaning.ParagraphStart Start)> ParagraphStarts { get; init; } = [];

    /// <summary>Words that look like acronyms or names to the automatic index but are none (key <c>not_terms</c>).</summary>
    public ImmutableArray<string> NotTerms { get; init; } = [];

    public IReadOnlySet<int> SplitLinesOf(string source) => Splits.Where(s => s.At.Source == source).Select(s => s.At.Line).ToHashSet();

    public IReadOnlySet<int> JoinLinesOf(string source) => Joins.Where(s => s.At.Source == source).Select(s => s.At.Line).ToHashSet();
}
