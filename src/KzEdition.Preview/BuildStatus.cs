using System.Collections.Immutable;
using KzEdition.Engine;

namespace KzEdition.Preview;

/// <summary>Where the preview stands: which good build it serves, and why the last build failed if it did.</summary>
/// <param name="Generation">How many builds have succeeded: a page served at one generation is stale at the next.</param>
/// <param name="Errors">The errors of the last build, empty when it succeeded; the last good site is served meanwhile.</param>
public sealed record BuildStatus(int Generation, ImmutableArray<Diagnostic> Errors)
{
    public static readonly BuildStatus Initial = new(0, []);

    public bool Failed => !Errors.IsDefaultOrEmpty;
}
