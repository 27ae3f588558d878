using KzEdition.Markdown.Extensions.CitationLinks;
using KzEdition.Markdown.Extensions.IndexLinks;
using KzEdition.Markdown.Extensions.ParagraphNumbers;
using KzEdition.Markdown.Extensions.StandardHtml;
using Markdig;

namespace KzEdition.Markdown.Extensions;

/// <summary>The builder methods of the edition's Markdig extensions, as Markdig's own <c>MarkdownExtensions</c> has theirs.</summary>
public static class EditionMarkdownExtensions
{
    /// <summary>Numbers the body paragraphs and writes their ids and numbers (<see cref="ParagraphNumberExtension"/>).</summary>
    public static MarkdownPipelineBuilder UseParagraphNumbers(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<ParagraphNumberExtension>();
        return pipeline;
    }

    /// <summary>Links citation markers in documents parsed with <see cref="CitationFacts"/> (<see cref="CitationLinkExtension"/>).</summary>
    public static MarkdownPipelineBuilder UseCitationLinks(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<CitationLinkExtension>();
        return pipeline;
    }

    /// <summary>Cross-links running text to the index when a rendering asks for it (<see cref="IndexLinkExtension"/>).</summary>
    public static MarkdownPipelineBuilder UseIndexLinks(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<IndexLinkExtension>();
        return pipeline;
    }

    /// <summary>Shows links that are not http, https, mailto or relative as text, and drops attributes that could run script (<see cref="LinkSchemes.LinkSchemeExtension"/>).</summary>
    public static MarkdownPipelineBuilder UseLinkSchemeFilter(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<LinkSchemes.LinkSchemeExtension>();
        return pipeline;
    }

    /// <summary>Writes HTML as the HTML standard serializes it (<see cref="StandardHtmlExtension"/>); add it last.</summary>
    public static MarkdownPipelineBuilder UseStandardHtml(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<StandardHtmlExtension>();
        return pipeline;
    }
}
