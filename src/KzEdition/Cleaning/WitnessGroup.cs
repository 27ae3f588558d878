using System.Collections.Immutable;

namespace KzEdition.Cleaning;

/// <summary>
/// The articles that become one article: the earliest of them, and the later ones found to share
/// its text, each with the pair that put it there (for the build report's "merged" line).
/// </summary>
/// <param name="Leader">The earliest article's position in the list searched.</param>
/// <param name="Merged">The pairs of <paramref name="Leader"/> with each later article merged into it, in list order; empty for an article no other source carries.</param>
public sealed record WitnessGroup(int Leader, ImmutableArray<WitnessPair> Merged)
{
    /// <summary>The positions of all the group's articles, the leader first.</summary>
    public IEnumerable<int> Members => Merged.Select(p => p.Second).Prepend(Leader);
}
