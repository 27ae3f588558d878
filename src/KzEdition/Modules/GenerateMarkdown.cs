using KzEdition.Engine;
using KzEdition.Markdown;
using KzEdition.Model;
using KzEdition.Site;

namespace KzEdition.Modules;

/// <summary>
/// Writes each article as Markdown with YAML front matter, or takes the editor's corrected file
/// as it stands (<see cref="Keys.HandCorrectedMarkdown"/>). Reads <see cref="Keys.Article"/>;
/// sets the content to the Markdown and <see cref="Keys.Markdown"/>; destination
/// <c>articles/&lt;slug&gt;/&lt;slug&gt;.md</c>, the path edition.json names.
/// </summary>
public sealed class GenerateMarkdown : PerDocumentModule
{
    protected override Task<IEnumerable<Document>> ExecuteAsync(Document input, IExecutionContext context)
    {
        var article = input.Get<Article>(Keys.Article);
        // An editor's corrected file is the edition's text as it stands, formatting and all.
        var markdown = input.GetOrDefault<string>(Keys.HandCorrectedMarkdown) ?? ArticleMarkdownWriter.Write(article);
        IEnumerable<Document> result = [input.WithContent(markdown).WithDestination(SitePaths.ArticleMarkdown(article.Slug)).With(Keys.Markdown, markdown)];
        return Task.FromResult(result);
    }
}
