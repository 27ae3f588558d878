using KzEdition.Engine;
using KzEdition.Indexing;
using KzEdition.Templating;

namespace KzEdition.Modules;

/// <summary>
/// Makes the print edition's indices as their fragment's template sees them (<c>indices</c>), on the
/// document that holds the articles' headings. Remembered by the index and the headings, so an edit
/// that changes neither leaves the model the same object, and its fragment (at 1,000 articles the
/// largest of the print edition) is checked by a lookup instead of being made and read again.
/// Reads <see cref="EditionKeys.ArticleHeadings"/> and the Indices pipeline's <see cref="EditionKeys.EditionIndex"/>;
/// writes <see cref="EditionKeys.PrintIndicesModel"/>. Other documents pass through.
/// </summary>
public sealed class MakePrintIndicesModel(string indicesPipeline) : PerDocumentModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.ArticleHeadings).From(indicesPipeline, EditionKeys.EditionIndex);

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        if (input.GetOrDefault(EditionKeys.ArticleHeadings) is not { } headings)
        {
            return [input];
        }

        var index = context.OutputsOf(indicesPipeline).FirstOrDefault()?.GetOrDefault(EditionKeys.EditionIndex) ?? EditionIndex.Empty;
        return [input.With(EditionKeys.PrintIndicesModel, PrintTemplateModel.Indices(index, headings))];
    }
}
