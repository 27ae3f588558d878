using KzEdition.Engine;
using KzEdition.Site;
using KzEdition.Templating;

namespace KzEdition.Modules;

/// <summary>
/// Makes an article page's <c>article</c> variable: the article with its body, citation, PDF link,
/// related articles and keyword links. Remembered by exactly those inputs, so that after an edit
/// every other article's model is the same object as before: its page is checked by a lookup, not
/// by reading its whole model again (at 1,000 articles that reading was most of a preview rebuild).
/// Pages without an article pass through. Reads <see cref="EditionKeys.Article"/>,
/// <see cref="EditionKeys.BodyHtml"/> and <see cref="EditionKeys.ArticleContext"/>; writes
/// <see cref="EditionKeys.ArticleModel"/>.
/// </summary>
public sealed class MakeArticleModel : PerDocumentModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.Article, EditionKeys.BodyHtml, EditionKeys.ArticleContext)
        .Using(EditionResources.Settings, EditionResources.Options);

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        if (input.GetOrDefault(EditionKeys.Article) is not { } article)
        {
            return [input];
        }

        var settings = context.Get(EditionResources.Settings);
        var pdf = context.Get(EditionResources.Options).Pdf;
        var articleContext = input.Get(EditionKeys.ArticleContext);
        var model = TemplateModel.Article(article, articleContext.Number, input.GetOrDefault(EditionKeys.BodyHtml));
        model["cite"] = TemplateModel.Citation(new Citing.ArticleCitation(article, settings) { WithPdf = pdf });
        model["pdf_url"] = pdf ? SitePaths.ArticlePdf(article.Slug) : null;
        model["related"] = IndexTemplateModel.Related(articleContext);
        model["keyword_links"] = IndexTemplateModel.KeywordLinks(articleContext);
        return [input.With(EditionKeys.ArticleModel, model)];
    }
}
