using System.Collections.Immutable;
using KzEdition.Engine;

namespace KzEdition.Building;

/// <summary>The outcome of one build of an <see cref="EditionSession"/>.</summary>
/// <param name="Errors">Why the build failed (file, line, message), empty when it succeeded.</param>
/// <param name="Context">Where in the build a failure happened, or the internal error's details.</param>
/// <param name="Changed">The output files written or deleted, relative to the output folder with '/' separators.</param>
/// <param name="Result">The build's summary, when it succeeded.</param>
public sealed record SessionBuild(
    bool Succeeded,
    ImmutableArray<Diagnostic> Errors,
    string? Context,
    ImmutableArray<string> Changed,
    TimeSpan Elapsed,
    BuildResult? Result);
