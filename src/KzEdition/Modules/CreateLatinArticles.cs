using KzEdition.Engine;
using KzEdition.Model;
using KzEdition.Site;

namespace KzEdition.Modules;

/// <summary>
/// Makes the Latin-script page of each Kazakh article: the same document at
/// <c>articles/&lt;slug&gt;/latn/index.html</c>, marked <see cref="Keys.Script"/> <c>latn</c>, to be
/// rendered by the same layout and then written in Latin by <see cref="TransliteratePage"/>.
/// Articles in other languages have none. Reads <see cref="Keys.Article"/>.
/// </summary>
public sealed class CreateLatinArticles : PerDocumentModule
{
    protected override Task<IEnumerable<Document>> ExecuteAsync(Document input, IExecutionContext context)
    {
        var article = input.Get<Article>(Keys.Article);
        IEnumerable<Document> result = article.Lang == "kk"
            ? [input.WithDestination(SitePaths.LatinArticlePage(article.Slug)).With(Keys.Script, "latn").With(Keys.InSitemap, false)]
            : [];
        return Task.FromResult(result);
    }
}
