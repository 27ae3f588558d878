using System.Collections.Immutable;
using KzEdition.Engine.Memo;

namespace KzEdition.Engine;

/// <summary>The documents a module that reads folders made last time, and what it reported: given back while its folders are untouched.</summary>
internal sealed record FolderReadEntry(Fingerprint Shared, ImmutableArray<Document> Outputs, ImmutableArray<Diagnostic> Reported);
