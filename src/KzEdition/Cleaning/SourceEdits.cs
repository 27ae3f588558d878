using System.Collections.Immutable;

namespace KzEdition.Cleaning;

/// <summary>
/// The editors' decisions about one source: lines where an article starts that the cleaner did not
/// see, starts it saw that are none, and paragraph breaks the text does not mark.
/// </summary>
public sealed record SourceEdits(ImmutableArray<int> Splits, ImmutableArray<int> Joins)
{
    public static SourceEdits None { get; } = new([], []);

    /// <summary>Where the editors start a new paragraph, by its first words.</summary>
    public ImmutableArray<ParagraphStart> ParagraphStarts { get; init; } = [];

    public bool IsEmpty => Splits.IsEmpty && Joins.IsEmpty && ParagraphStarts.IsEmpty;
}
