using KzEdition.Engine;
using KzEdition.Templating;

namespace KzEdition.Modules;

/// <summary>
/// Gives each article page its <see cref="ArticleContext"/> (number, related articles, keyword
/// links) from the SiteModel pipeline's model. Not remembered: it is a few lookups, and the edition's
/// model it reads changes with almost any edit, while an article's context seldom does, so what is
/// remembered is the article's model made from it (<see cref="MakeArticleModel"/>). Pages without an
/// article pass through. Reads <see cref="EditionKeys.Article"/>; writes <see cref="EditionKeys.ArticleContext"/>.
/// </summary>
public sealed class AttachArticleContext(string siteModelPipeline) : PerDocumentModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.Article).From(siteModelPipeline, EditionKeys.SiteModel).NotRemembered();

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        if (input.GetOrDefault(EditionKeys.Article) is not { } article)
        {
            return [input];
        }

        var shared = context.OutputsOf(siteModelPipeline)[0].Get(EditionKeys.SiteModel);
        return [input.With(EditionKeys.ArticleContext, shared.ContextOf(article))];
    }
}
