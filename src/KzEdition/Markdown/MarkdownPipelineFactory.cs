using KzEdition.Markdown.Extensions;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace KzEdition.Markdown;

/// <summary>
/// The one Markdig pipeline of a build: immutable and thread-safe, so built once and shared. Its
/// own extensions (<see cref="Extensions.EditionMarkdownExtensions"/>) act only on an article body
/// (<see cref="ArticleBody"/>): a plain <c>Markdown.ToHtml</c> (the edition's pages) renders as Markdig does.
/// </summary>
public static class MarkdownPipelineFactory
{
    /// <summary>The pipeline every build uses: built once for the process.</summary>
    public static MarkdownPipeline Shared { get; } = Create();

    public static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
            // GitHub-style ids keep Cyrillic letters; Markdig's default drops them, so every
            // Kazakh heading would become "section-1". Registered before the advanced extensions
            // so that theirs does not win.
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseAdvancedExtensions()
            .UseYamlFrontMatter()
            // Source text is never markup: a '<' in an article is a character, not a tag.
            .DisableHtml()
            // Nor is a link to javascript: (or data:, file:, …) a link, in any document.
            .UseLinkSchemeFilter()
            .UseParagraphNumbers()
            .UseCitationLinks()
            .UseIndexLinks()
            // Last: it takes over the HTML renderers of all the extensions above.
            .UseStandardHtml()
            .Build();
}
