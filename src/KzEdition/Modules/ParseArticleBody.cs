using KzEdition.Engine;
using KzEdition.Markdown;
using KzEdition.Markdown.Extensions.CitationLinks;
using KzEdition.Site;

namespace KzEdition.Modules;

/// <summary>
/// Parses each article's Markdown once (<see cref="ArticleBody"/>): its paragraphs numbered, its
/// citation markers linked to its references. Reads <see cref="EditionKeys.Markdown"/> and
/// <see cref="EditionKeys.Article"/>; writes <see cref="EditionKeys.Body"/>, <see cref="EditionKeys.Paragraphs"/>, <see cref="EditionKeys.SearchPassages"/>,
/// <see cref="EditionKeys.Layout"/> (article), <see cref="EditionKeys.InSitemap"/>; destination the article's page.
/// </summary>
public sealed class ParseArticleBody : PerDocumentModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.Markdown, EditionKeys.Article);

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        var article = input.Get(EditionKeys.Article);
        var body = ArticleBody.Parse(input.Get(EditionKeys.Markdown), MarkdownPipelineFactory.Shared, CitationFacts.Of(article));
        return
        [
            input.WithDestination(SitePaths.ArticlePage(article.Slug))
                .With(EditionKeys.Body, body)
                .With(EditionKeys.Paragraphs, body.Paragraphs)
                .With(EditionKeys.SearchPassages, body.SearchPassages)
                .With(EditionKeys.Layout, "article")
                .With(EditionKeys.InSitemap, true),
        ];
    }
}
