using KzEdition.Engine;
using KzEdition.Markdown;

namespace KzEdition.Modules;

/// <summary>
/// Replaces the automatic text of an article with the editor's corrected Markdown. Its front matter
/// may give only the fields that change; the others keep the cleaner's values, and the slug stays.
/// Reads <see cref="EditionKeys.Article"/> and <see cref="EditionKeys.CorrectedMarkdown"/> (articles
/// without one pass through); writes <see cref="EditionKeys.Article"/>, <see cref="EditionKeys.Title"/>
/// and <see cref="EditionKeys.Lang"/>.
/// </summary>
/// <param name="displayArticles">The corrected articles' folder as the user would type it, for messages.</param>
public sealed class ApplyHandCorrection(string displayArticles) : PerDocumentModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.Article, EditionKeys.CorrectedMarkdown);

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        if (input.GetOrDefault(EditionKeys.CorrectedMarkdown) is not { } markdown)
        {
            return [input];
        }

        var automatic = input.Get(EditionKeys.Article);
        var (frontMatter, body) = ArticleMarkdownReader.Read(markdown, $"{displayArticles.TrimEnd('/', '\\')}/{automatic.Slug}.md", MarkdownPipelineFactory.Shared, context.Report);
        var corrected = frontMatter.ToArticle(body, automatic) with { Slug = automatic.Slug };
        return [input.With(EditionKeys.Article, corrected).With(EditionKeys.Title, corrected.DisplayTitle).With(EditionKeys.Lang, corrected.Lang)];
    }
}
