using System.Collections.Immutable;
using KzEdition.Engine.Memo;

namespace KzEdition.Engine;

/// <summary>An incremental module's state, with the fingerprints of the inputs it reflects (each input's declared values, and what all share: resources, other pipelines).</summary>
internal sealed record IncrementalEntry(Fingerprint Shared, ImmutableArray<Fingerprint> Inputs, object State);
