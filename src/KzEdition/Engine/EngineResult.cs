using System.Collections.Immutable;

namespace KzEdition.Engine;

/// <summary>What a finished run produced: each pipeline's final documents (content released where written), timings and reported messages.</summary>
public sealed record EngineResult(
    ImmutableDictionary<string, ImmutableArray<Document>> Outputs,
    ImmutableArray<PipelineTiming> Timings,
    ImmutableArray<Diagnostic> Diagnostics);
