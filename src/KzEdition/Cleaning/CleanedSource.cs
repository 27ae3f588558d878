using System.Collections.Immutable;
using KzEdition.Engine;
using KzEdition.Model;
using KzEdition.Reading;

namespace KzEdition.Cleaning;

/// <summary>What the cleaner made of one source: its layout, its blocks of text, and everything it took out or decided.</summary>
public sealed record CleanedSource(
    SourceText Source,
    SourceLayout Layout,
    ImmutableArray<TextBlock> Blocks,
    ImmutableArray<RemovedLine> Furniture,
    ImmutableArray<EditorialNote> Notes,
    ImmutableArray<Diagnostic> Decisions);
