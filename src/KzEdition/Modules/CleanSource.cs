using KzEdition.Cleaning;
using KzEdition.Engine;

namespace KzEdition.Modules;

/// <summary>
/// Cleans a source (<see cref="SourceCleaner"/>): layout, lines joined into paragraphs, hyphens
/// decided on the corpus's evidence, furniture out, headings run into a flattened source set apart.
/// Reads <see cref="EditionKeys.SourceText"/> and, by queries, <see cref="EditionKeys.WordEvidence"/>,
/// <see cref="EditionKeys.CaseEvidence"/> and <see cref="EditionKeys.OpeningEvidence"/>; writes <see cref="EditionKeys.CleanedSource"/>.
/// </summary>
public sealed class CleanSource : PerDocumentModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.SourceText).Observing(EditionKeys.WordEvidence, EditionKeys.CaseEvidence, EditionKeys.OpeningEvidence);

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context) =>
        [input.With(EditionKeys.CleanedSource, SourceCleaner.Clean(input.Get(EditionKeys.SourceText), input.Get(EditionKeys.WordEvidence), input.Get(EditionKeys.CaseEvidence), input.Get(EditionKeys.OpeningEvidence)))];
}
