using System.Collections.Immutable;

namespace KzEdition.Cleaning;

/// <summary>The editors' decisions about one source's cut into articles: lines where an article starts that the cleaner did not see, and starts it saw that are none.</summary>
public sealed record SourceEdits(ImmutableArray<int> Splits, ImmutableArray<int> Joins)
{
    public static SourceEdits None { get; } = new([], []);
}
