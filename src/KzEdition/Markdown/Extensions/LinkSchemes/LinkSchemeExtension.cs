using Markdig;
using Markdig.Renderers;

namespace KzEdition.Markdown.Extensions.LinkSchemes;

/// <summary>
/// Keeps script out of every document the pipeline parses, whatever renders it: a link or image
/// whose address is not http, https, mailto or relative becomes its text, and an attribute that
/// could run script (<c>{onclick=…}</c> of the generic attributes) is dropped
/// (<see cref="LinkSchemeFilter"/>). What it refused is kept on the document
/// (<see cref="LinkSchemeFilter.Refused"/>) for the reader of the file to warn about.
/// </summary>
public sealed class LinkSchemeExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= LinkSchemeFilter.Filter;
        pipeline.DocumentProcessed += LinkSchemeFilter.Filter;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        // Nothing to render: the filter changes the parsed document.
    }
}
