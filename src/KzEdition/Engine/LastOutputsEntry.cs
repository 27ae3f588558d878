using System.Collections.Immutable;

namespace KzEdition.Engine;

/// <summary>
/// The documents an all-documents module gave last time it ran: the next run's equal values are
/// given back as these objects (<see cref="ModuleRunner"/>), so that what is made from them
/// (fingerprints, counts kept beside an object) is not made again.
/// </summary>
internal sealed record LastOutputsEntry(ImmutableArray<Document> Outputs);
