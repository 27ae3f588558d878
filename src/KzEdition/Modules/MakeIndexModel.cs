using KzEdition.Engine;
using KzEdition.Templating;

namespace KzEdition.Modules;

/// <summary>
/// Makes the own variable of the timeline (<c>timeline</c>) and of the list of indices (<c>indices</c>);
/// an index page's is made entry by entry (<see cref="MakeIndexRows"/>). Remembered by the index and the
/// articles' headings: an edit that changes neither (most edits of an article's text) leaves the
/// model the same object, and the page is checked by a lookup instead of reading the whole model
/// again. Reads <see cref="EditionKeys.Layout"/>, <see cref="EditionKeys.EditionIndex"/> and the SiteModel
/// pipeline's <see cref="EditionKeys.ArticleHeadings"/>; writes <see cref="EditionKeys.IndexModel"/>. Other pages pass through.
/// </summary>
public sealed class MakeIndexModel(string siteModelPipeline) : PerDocumentModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.Layout, EditionKeys.EditionIndex)
        .From(siteModelPipeline, EditionKeys.ArticleHeadings);

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        if (input.GetOrDefault(EditionKeys.EditionIndex) is not { } index)
        {
            return [input];
        }

        var headings = SharedOutputs.Headings(context, siteModelPipeline);

        var model = input.GetOrDefault(EditionKeys.Layout) switch
        {
            "indices" => IndexTemplateModel.Indices(index),
            "timeline" => IndexTemplateModel.Timeline(index, headings),
            _ => null,
        };
        return [model is null ? input : input.With(EditionKeys.IndexModel, model)];
    }
}
