using KzEdition.Engine;
using KzEdition.Templating;

namespace KzEdition.Modules;

/// <summary>
/// Makes what the print edition shows of one article: its fragment's <c>article</c> variable (with
/// its print body and citation) and its entry in the edition's contents (with the place its fragment
/// takes in the frame). Remembered by the article, its print body, its <see cref="EditionKeys.ArticleContext"/>
/// (of which it shows only the number: a change of related articles makes it again, needlessly but
/// never stale) and the settings, so that after an edit the other articles' models are the same
/// objects as before and their fragments are checked by a lookup. Reads <see cref="EditionKeys.Article"/>, <see cref="EditionKeys.PrintHtml"/>
/// and <see cref="EditionKeys.ArticleContext"/>; writes <see cref="EditionKeys.PrintArticleModel"/>
/// and <see cref="EditionKeys.PrintContentsEntry"/>.
/// </summary>
public sealed class MakePrintArticleModel : PerDocumentModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.Article, EditionKeys.PrintHtml, EditionKeys.ArticleContext).Using(EditionResources.Settings);

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        var settings = context.Get(EditionResources.Settings);
        var article = input.Get(EditionKeys.Article);
        var number = input.Get(EditionKeys.ArticleContext).Number;
        var model = MakePrintModels.ArticleModel(article, number);
        model["body_html"] = new RawHtml(input.Get(EditionKeys.PrintHtml));
        model["cite"] = TemplateModel.Citation(new Citing.ArticleCitation(article, settings));

        var entry = MakePrintModels.ArticleModel(article, number);
        entry["print_html"] = new RawHtml(MakePrintModels.Marker(number - 1));
        return [input.With(EditionKeys.PrintArticleModel, model).With(EditionKeys.PrintContentsEntry, entry)];
    }
}
