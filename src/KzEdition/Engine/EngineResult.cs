using System.Collections.Immutable;

namespace KzEdition.Engine;

/// <summary>What a finished run produced: each pipeline's final documents (content released where written), timings (of each phase, and of each module, longest first) and reported messages.</summary>
public sealed record EngineResult(
    ImmutableDictionary<string, ImmutableArray<Document>> Outputs,
    ImmutableArray<PipelineTiming> Timings,
    ImmutableArray<ModuleTiming> ModuleTimings,
    ImmutableArray<Diagnostic> Diagnostics);
