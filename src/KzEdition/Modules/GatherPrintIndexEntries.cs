using System.Collections.Immutable;
using KzEdition.Engine;
using KzEdition.Site;
using KzEdition.Templating;
using Scriban.Runtime;

namespace KzEdition.Modules;

/// <summary>
/// Makes the print edition's indices' fragment (<c>partials/print-indices</c>) its model, <c>indices</c>
/// (each index with its entries), from the entries' models of the rows before it (<see cref="MakePrintModels"/>,
/// <see cref="MakePrintIndexEntryModel"/>), and makes each row a fragment of its own
/// (<c>partials/print-index-entry</c>, with the indices' variables, its <c>index</c> and <c>entry</c>), which
/// <see cref="JoinPageFragments"/> puts where the indices show <c>entry.html</c>. The indices' list is made
/// each build; the entries are the remembered objects. Reads <see cref="EditionKeys.PrintIndexRow"/>,
/// <see cref="EditionKeys.PrintIndexEntryModel"/>, <see cref="EditionKeys.Layout"/> and <see cref="EditionKeys.PrintSharedVariables"/>;
/// writes <see cref="EditionKeys.PageModel"/>; not remembered. Other documents pass through.
/// </summary>
public sealed class GatherPrintIndexEntries : AllDocumentsModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.PrintIndexRow, EditionKeys.PrintIndexEntryModel, EditionKeys.Layout, EditionKeys.PrintSharedVariables).NotRemembered();

    public override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var outputs = ImmutableArray.CreateBuilder<Document>();
        var entries = new List<(PrintIndexRow Row, ScriptObject Entry)>();
        foreach (var input in inputs)
        {
            if (input.GetOrDefault(EditionKeys.PrintIndexRow) is { } row)
            {
                entries.Add((row, input.Get(EditionKeys.PrintIndexEntryModel)));
                continue;
            }

            if (input.GetOrDefault(EditionKeys.Layout) != MakePrintModels.IndicesPartial)
            {
                outputs.Add(input);
                continue;
            }

            var variables = (ScriptObject)input.Get(EditionKeys.PrintSharedVariables).Clone(false);
            var indices = PrintTemplateModel.Indices(entries);
            variables["indices"] = indices;
            var model = new PageModel(variables);
            var at = 0;
            foreach (var index in indices.OfType<ScriptObject>())
            {
                var inIndex = model.With("index", index);
                foreach (var entry in (index["entries"] as ScriptArray ?? []).OfType<ScriptObject>())
                {
                    var name = entries[at++].Row.Name;
                    outputs.Add(Document.Create($"{SitePaths.PrintEdition}#{name}", null)
                        .With(EditionKeys.Layout, MakePrintModels.IndexEntryPartial)
                        .With(EditionKeys.FragmentName, name)
                        .With(EditionKeys.PageModel, inIndex.With("entry", entry)));
                }
            }

            outputs.Add(input.Without(EditionKeys.PrintSharedVariables).With(EditionKeys.PageModel, model));
            entries = [];
        }

        if (entries.Count > 0)
        {
            throw new InvalidOperationException("print index rows without the indices they belong to follow them");
        }

        return outputs.ToImmutable();
    }
}
