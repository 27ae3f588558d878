using KzEdition.Markdown.Extensions.StandardHtml;
using KzEdition.Markdown.Rendering;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace KzEdition.Markdown.Extensions.ParagraphNumbers;

/// <summary>
/// Numbers the body paragraphs of every document the pipeline parses (<see cref="ParagraphNumberer"/>)
/// and, on an <see cref="EditionHtmlRenderer"/>, writes them with their ids and numbers
/// (<see cref="HtmlNumberedParagraphRenderer"/>). A plain <c>HtmlRenderer</c> ignores the numbers.
/// </summary>
public sealed class ParagraphNumberExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= ParagraphNumberer.Number;
        pipeline.DocumentProcessed += ParagraphNumberer.Number;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not EditionHtmlRenderer edition)
        {
            return;
        }

        var renderers = edition.ObjectRenderers;
        var paragraphs = renderers.FindIndex(r => r is ParagraphRenderer or StandardParagraphRenderer);
        var numbered = new HtmlNumberedParagraphRenderer();
        if (paragraphs >= 0)
        {
            renderers[paragraphs] = numbered;
        }
        else
        {
            renderers.Add(numbered);
        }
    }
}
