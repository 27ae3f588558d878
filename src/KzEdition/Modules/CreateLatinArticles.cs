using KzEdition.Engine;
using KzEdition.Site;

namespace KzEdition.Modules;

/// <summary>
/// Makes the Latin-script page of each Kazakh article: the same document at
/// <c>articles/&lt;slug&gt;/latn/index.html</c>, marked <see cref="EditionKeys.Script"/> <c>latn</c>, rendered
/// by the same layout and written in Latin (<see cref="RenderPage"/>). Articles in other languages
/// have none. Reads <see cref="EditionKeys.Article"/>.
/// </summary>
public sealed class CreateLatinArticles : PerDocumentModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.Article);

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        var article = input.Get(EditionKeys.Article);
        return article.Lang == "kk"
            ? [input.WithDestination(SitePaths.LatinArticlePage(article.Slug)).With(EditionKeys.Script, "latn").With(EditionKeys.InSitemap, false)]
            : [];
    }
}
