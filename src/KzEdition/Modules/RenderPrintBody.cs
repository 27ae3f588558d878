using KzEdition.Engine;
using KzEdition.Markdown;
using KzEdition.Markdown.Rendering;
using KzEdition.Templating;

namespace KzEdition.Modules;

/// <summary>
/// An article's body for the one-document print edition: its ids in the article's own space, links
/// out of it unwrapped, and every mention of an indexed entry an anchor of its own (which the
/// indices' page numbers come from). The print edition's other parts (the indices, the frame) pass
/// through. Reads <see cref="EditionKeys.Body"/>, <see cref="EditionKeys.Article"/>
/// (the slug), <see cref="EditionKeys.Lang"/> and, by queries, <see cref="EditionKeys.IndexLinks"/>;
/// writes <see cref="EditionKeys.PrintHtml"/>.
/// </summary>
public sealed class RenderPrintBody : PerDocumentModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.Body, EditionKeys.Article, EditionKeys.Lang).Observing(EditionKeys.IndexLinks);

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        if (input.GetOrDefault(EditionKeys.Article) is not { } article)
        {
            return [input];
        }

        var options = BodyRenderOptions.Print(PrintTemplateModel.ArticleId(article), input.Get(EditionKeys.IndexLinks), input.Get(EditionKeys.Lang));
        return [input.With(EditionKeys.PrintHtml, input.Get(EditionKeys.Body).RenderHtml(options))];
    }
}
