using KzEdition.Engine;
using KzEdition.Templating;

namespace KzEdition.Modules;

/// <summary>
/// Makes an article's fragment's <c>article</c> variable in the print edition (with its print body and
/// citation; its entry in the contents is <see cref="MakePrintContentsEntry"/>'s). Remembered by the
/// article, its print body, its number and the settings, so that after an edit the other articles'
/// models are the same objects as before and their fragments are checked by a lookup. The print
/// edition's other parts (the indices, the frame) pass through. Reads <see cref="EditionKeys.Article"/>,
/// <see cref="EditionKeys.PrintHtml"/> and <see cref="EditionKeys.ArticleNumber"/>; writes <see cref="EditionKeys.PrintArticleModel"/>.
/// </summary>
public sealed class MakePrintArticleModel : PerDocumentModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.Article, EditionKeys.PrintHtml, EditionKeys.ArticleNumber).Using(EditionResources.Settings);

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        if (input.GetOrDefault(EditionKeys.Article) is not { } article)
        {
            return [input];
        }

        var settings = context.Get(EditionResources.Settings);
        var model = MakePrintModels.ArticleModel(article, input.Get(EditionKeys.ArticleNumber));
        model["body_html"] = new RawHtml(input.Get(EditionKeys.PrintHtml));
        model["cite"] = TemplateModel.Citation(new Citing.ArticleCitation(article, settings));
        return [input.With(EditionKeys.PrintArticleModel, model)];
    }
}
