using KzEdition.Engine;
using KzEdition.Markdown;
using KzEdition.Markdown.Rendering;
using KzEdition.Templating;

namespace KzEdition.Modules;

/// <summary>An article's body for the one-document print edition: its ids in the article's own space, links out of it unwrapped, no index cross-links. Reads <see cref="EditionKeys.Body"/> and <see cref="EditionKeys.Article"/> (the slug); writes <see cref="EditionKeys.PrintHtml"/>.</summary>
public sealed class RenderPrintBody : PerDocumentModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.Body, EditionKeys.Article);

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context) =>
        [input.With(EditionKeys.PrintHtml, input.Get(EditionKeys.Body).RenderHtml(BodyRenderOptions.Print(PrintTemplateModel.ArticleId(input.Get(EditionKeys.Article)))))];
}
