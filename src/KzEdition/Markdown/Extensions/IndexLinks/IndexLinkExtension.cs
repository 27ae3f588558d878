using KzEdition.Markdown.Rendering;
using Markdig;
using Markdig.Renderers;

namespace KzEdition.Markdown.Extensions.IndexLinks;

/// <summary>
/// Cross-links a body's running text to the edition's index on an <see cref="EditionHtmlRenderer"/>
/// (<see cref="HtmlIndexLinkRenderer"/>), when a rendering asks for it
/// (<see cref="BodyRenderOptions.IndexLinks"/>). Decided when the body is rendered, not parsed: the
/// index is built from the texts of all the articles, after each is parsed.
/// </summary>
public sealed class IndexLinkExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is EditionHtmlRenderer edition)
        {
            edition.RunningText = new HtmlIndexLinkRenderer();
        }
    }
}
