using KzEdition.Citing;
using KzEdition.Engine;
using KzEdition.Site;

namespace KzEdition.Modules;

/// <summary>
/// Writes each article's citation for reference managers: <c>articles/&lt;slug&gt;/&lt;slug&gt;.bib</c>
/// (BibTeX) and <c>.ris</c> (RIS). Reads <see cref="EditionKeys.Article"/> and the settings.
/// </summary>
public sealed class GenerateCitationFiles : PerDocumentModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.Article).Using(EditionResources.Settings);

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        var article = input.Get(EditionKeys.Article);
        var citation = new ArticleCitation(article, context.Get(EditionResources.Settings));
        return
        [
            input.WithDestination(SitePaths.ArticleBibTex(article.Slug)).With(Keys.Text, citation.BibTex()),
            input.WithDestination(SitePaths.ArticleRis(article.Slug)).With(Keys.Text, citation.Ris()),
        ];
    }
}
