using System.Collections.Immutable;
using KzEdition.Engine;
using KzEdition.Templating;

namespace KzEdition.Modules;

/// <summary>
/// Makes an index page's own variable (<c>index</c>: its entries under their letters) from the
/// entries' models of the rows before it (<see cref="MakeIndexRows"/>, <see cref="MakeIndexEntryModel"/>),
/// and lets the rows go. The letters are made each build; the entries are the remembered objects, so
/// the page's model is fingerprinted by lookups. Reads <see cref="EditionKeys.IndexPageRow"/>,
/// <see cref="EditionKeys.IndexEntryModel"/> and the page's <see cref="EditionKeys.Layout"/> and <see cref="EditionKeys.IndexKind"/>; writes
/// <see cref="EditionKeys.IndexModel"/>; not remembered (putting the letters together costs less than
/// fingerprinting the rows). Other documents pass through.
/// </summary>
public sealed class GatherIndexEntries : AllDocumentsModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.IndexPageRow, EditionKeys.IndexEntryModel, EditionKeys.Layout, EditionKeys.IndexKind).NotRemembered();

    public override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context) =>
        [.. LeadingDocuments.Each(inputs, EditionKeys.IndexPageRow).Select(run => run.Document.GetOrDefault(EditionKeys.Layout) != "index" ? run.Document
            : run.Document.With(EditionKeys.IndexModel, IndexTemplateModel.Index(
                run.Document.Get(EditionKeys.IndexKind),
                run.Leading.Select(row => (row.Get(EditionKeys.IndexPageRow), row.Get(EditionKeys.IndexEntryModel))))))];
}
