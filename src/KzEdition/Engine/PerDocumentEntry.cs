using System.Collections.Immutable;
using KzEdition.Engine.Memo;

namespace KzEdition.Engine;

/// <summary>A per-document module's remembered result: its outputs as deltas of the input, the queries it made of observed values (none for a value the document did not have), and what it reported.</summary>
internal sealed record PerDocumentEntry(
    ImmutableArray<DocumentDelta> Outputs,
    ImmutableArray<(IKey Key, ObservationLog? Log)> Observations,
    ImmutableArray<Diagnostic> Reported);
