using KzEdition.Engine;
using KzEdition.Indexing;
using KzEdition.Templating;

namespace KzEdition.Modules;

/// <summary>
/// Puts each row of an index page in a document of its own, before the page (<see cref="IndexTemplateModel.Rows"/>:
/// its id on the page and its letter), so that each entry's model is made and remembered on its own
/// (<see cref="MakeIndexEntryModel"/>): an edit that moves one article's locators makes again the
/// models of the entries that cite it, not the whole index's. Reads <see cref="EditionKeys.Layout"/>,
/// <see cref="EditionKeys.IndexKind"/> and <see cref="EditionKeys.EditionIndex"/>; not remembered (the
/// rows are the index's own objects, put in order). Other pages pass through.
/// </summary>
public sealed class MakeIndexRows : PerDocumentModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.Layout, EditionKeys.IndexKind, EditionKeys.EditionIndex).NotRemembered();

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        if (input.GetOrDefault(EditionKeys.Layout) != "index" || input.GetOrDefault(EditionKeys.EditionIndex) is not { } index)
        {
            return [input];
        }

        // Named by the page and the row: each row's model is remembered by its place.
        List<Document> rows = [.. IndexTemplateModel.Rows(index, input.Get(EditionKeys.IndexKind))
            .Select(row => Document.Create($"{input.Destination}#{row.Id}", null).With(EditionKeys.IndexPageRow, row))];
        rows.Add(input);
        return rows;
    }
}
