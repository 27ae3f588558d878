namespace KzEdition.Indexing;

/// <summary>
/// One worker's sums while it finds articles' related articles (<see cref="EditionIndexBuilder"/>):
/// every other article's score and shared entries so far, by position, and which were touched, so
/// that only those are cleared before the next article. Used by one thread at a time.
/// </summary>
internal sealed class RelatedScores(int count)
{
    public double[] Score { get; } = new double[count];

    public int[] Shared { get; } = new int[count];

    /// <summary>The first shared entries of each article (the reasons shown), <c>ReasonCount</c> a place.</summary>
    public int[] Reasons { get; } = new int[count * EditionIndexBuilder.ReasonCount];

    public List<int> Touched { get; } = [];
}
