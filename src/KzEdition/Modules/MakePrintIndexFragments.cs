using System.Collections.Immutable;
using KzEdition.Engine;
using KzEdition.Site;
using KzEdition.Templating;
using Scriban.Runtime;

namespace KzEdition.Modules;

/// <summary>
/// Makes the print edition's indices' fragment (<c>partials/print-indices</c>) its model, <c>indices</c>
/// (each index with its entries), from the entries' models of the rows before it (<see cref="MakePrintModels"/>,
/// <see cref="MakePrintIndexEntryModel"/>); and, when that layout shows <c>entry.html</c>, makes each row a
/// fragment of its own (<c>partials/print-index-entry</c>, with the indices' variables, its <c>index</c> and
/// <c>entry</c>), which <see cref="JoinPageFragments"/> puts where the indices show it. The indices' list
/// is made each build; the entries are the remembered objects. Reads <see cref="EditionKeys.PrintIndexRow"/>,
/// <see cref="EditionKeys.PrintIndexEntryModel"/>, <see cref="EditionKeys.Layout"/> and <see cref="EditionKeys.PrintSharedVariables"/>;
/// writes <see cref="EditionKeys.PageModel"/>; not remembered. Other documents pass through.
/// </summary>
public sealed class MakePrintIndexFragments : AllDocumentsModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.PrintIndexRow, EditionKeys.PrintIndexEntryModel, EditionKeys.Layout, EditionKeys.PrintSharedVariables)
        .Using(EditionResources.Theme)
        .NotRemembered();

    public override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        // The entry's partial is there whenever the layout shows entry.html: a theme that lacks it has the built-in one.
        var fragmented = context.Get(EditionResources.Theme).ReadsMember(MakePrintModels.IndicesPartial, "html");
        var outputs = ImmutableArray.CreateBuilder<Document>();
        foreach (var (rows, document) in LeadingDocuments.Each(inputs, EditionKeys.PrintIndexRow))
        {
            if (document.GetOrDefault(EditionKeys.Layout) != MakePrintModels.IndicesPartial)
            {
                outputs.Add(document);
                continue;
            }

            var entries = rows.Select(r => (Row: r.Get(EditionKeys.PrintIndexRow), Entry: r.Get(EditionKeys.PrintIndexEntryModel))).ToList();
            var variables = (ScriptObject)document.Get(EditionKeys.PrintSharedVariables).Clone(false);
            var indices = PrintTemplateModel.Indices(entries);
            variables["indices"] = indices;
            var model = new PageModel(variables);
            if (fragmented)
            {
                var inIndex = indices.OfType<ScriptObject>().ToDictionary(i => i["name"] as string ?? "", i => model.With("index", i), StringComparer.Ordinal);
                outputs.AddRange(entries.Select(e => JoinPageFragments.Fragment(
                    SitePaths.PrintEdition, e.Row.Name, MakePrintModels.IndexEntryPartial, inIndex[SitePaths.IndexName(e.Row.Kind)].With("entry", e.Entry))));
            }

            outputs.Add(document.Without(EditionKeys.PrintSharedVariables).With(EditionKeys.PageModel, model));
        }

        return outputs.ToImmutable();
    }
}
