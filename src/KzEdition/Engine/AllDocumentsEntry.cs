using System.Collections.Immutable;

namespace KzEdition.Engine;

/// <summary>
/// An all-documents module's remembered result: each output either a document it made, or the place
/// of an input it gave back as it was (given back as that build's input), and what it reported.
/// </summary>
internal sealed record AllDocumentsEntry(ImmutableArray<object> Outputs, ImmutableArray<Diagnostic> Reported);
