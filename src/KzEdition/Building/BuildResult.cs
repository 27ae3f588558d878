using System.Collections.Immutable;
using KzEdition.Engine;

namespace KzEdition.Building;

/// <summary>What a successful build made: counts, messages for the report, timings.</summary>
public sealed record BuildResult(
    string OutputDirectory,
    int Articles,
    int Files,
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<PipelineTiming> Timings,
    TimeSpan Elapsed,
    Site.EditionReport Report)
{
    /// <summary>How long each module worked, longest first (for <c>--verbose</c>).</summary>
    public ImmutableArray<ModuleTiming> ModuleTimings { get; init; } = [];
}
