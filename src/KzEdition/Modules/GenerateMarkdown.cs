using KzEdition.Engine;
using KzEdition.Markdown;
using KzEdition.Site;

namespace KzEdition.Modules;

/// <summary>
/// Writes each article as Markdown with YAML front matter, or takes the editor's corrected file
/// as it stands. Reads <see cref="EditionKeys.Article"/> and <see cref="EditionKeys.CorrectedMarkdown"/>;
/// writes <see cref="EditionKeys.Markdown"/> and the content; destination
/// <c>articles/&lt;slug&gt;/&lt;slug&gt;.md</c>, the path edition.json names.
/// </summary>
public sealed class GenerateMarkdown : PerDocumentModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.Article, EditionKeys.CorrectedMarkdown);

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        var article = input.Get(EditionKeys.Article);
        // An editor's corrected file is the edition's text as it stands, formatting and all.
        var markdown = input.GetOrDefault(EditionKeys.CorrectedMarkdown) ?? ArticleMarkdownWriter.Write(article);
        return [input.WithDestination(SitePaths.ArticleMarkdown(article.Slug)).With(EditionKeys.Markdown, markdown).With(Keys.Text, markdown)];
    }
}
