using KzEdition.Engine;
using KzEdition.Model;
using KzEdition.Site;
using Markdig;

namespace KzEdition.Modules;

/// <summary>
/// Renders each article's Markdown to an HTML fragment with the build's one Markdig pipeline.
/// Reads <see cref="Keys.Markdown"/> and <see cref="Keys.Article"/>; writes <see cref="Keys.BodyHtml"/>
/// and <see cref="Keys.Layout"/> (article); destination the article's page.
/// </summary>
public sealed class RenderMarkdown(MarkdownPipeline pipeline) : PerDocumentModule
{
    protected override Task<IEnumerable<Document>> ExecuteAsync(Document input, IExecutionContext context)
    {
        var article = input.Get<Article>(Keys.Article);
        var html = Markdig.Markdown.ToHtml(input.Get<string>(Keys.Markdown), pipeline);
        IEnumerable<Document> result =
        [
            input.WithContent(html)
                .WithDestination(SitePaths.ArticlePage(article.Slug))
                .With(Keys.BodyHtml, html)
                .With(Keys.Layout, "article")
                .With(Keys.InSitemap, true),
        ];
        return Task.FromResult(result);
    }
}
