using KzEdition.Citing;
using KzEdition.Configuration;
using KzEdition.Engine;
using KzEdition.Model;
using KzEdition.Site;

namespace KzEdition.Modules;

/// <summary>
/// Writes each article's citation for reference managers: <c>articles/&lt;slug&gt;/&lt;slug&gt;.bib</c>
/// (BibTeX) and <c>.ris</c> (RIS). Reads <see cref="Keys.Article"/>.
/// </summary>
public sealed class GenerateCitationFiles(EditionSettings settings) : PerDocumentModule
{
    protected override Task<IEnumerable<Document>> ExecuteAsync(Document input, IExecutionContext context)
    {
        var article = input.Get<Article>(Keys.Article);
        var citation = new ArticleCitation(article, settings);
        IEnumerable<Document> result =
        [
            Document.Create(input.Source, SitePaths.ArticleBibTex(article.Slug), citation.BibTex()),
            Document.Create(input.Source, SitePaths.ArticleRis(article.Slug), citation.Ris()),
        ];
        return Task.FromResult(result);
    }
}
