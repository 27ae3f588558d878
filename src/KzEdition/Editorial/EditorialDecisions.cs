using System.Collections.Immutable;

namespace KzEdition.Editorial;

/// <summary>
/// Everything the editors decided in <c>input/editorial/*.yml</c>: decisions about articles,
/// where an article starts that the cleaner did not see (splits), where it saw a start that is
/// none (joins), and the order of the articles.
/// </summary>
public sealed record EditorialDecisions(
    ImmutableArray<ArticleDecision> Articles,
    ImmutableArray<(SourceLine At, EditorialPosition Where)> Splits,
    ImmutableArray<(SourceLine At, EditorialPosition Where)> Joins,
    ImmutableArray<(string Id, EditorialPosition Where)> Order)
{
    public static EditorialDecisions None { get; } = new([], [], [], []);

    public IReadOnlySet<int> SplitLinesOf(string source) => Splits.Where(s => s.At.Source == source).Select(s => s.At.Line).ToHashSet();

    public IReadOnlySet<int> JoinLinesOf(string source) => Joins.Where(s => s.At.Source == source).Select(s => s.At.Line).ToHashSet();
}
