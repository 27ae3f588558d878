using KzEdition.Markdown.Rendering;
using Markdig.Syntax;

namespace KzEdition.Markdown.Extensions.StandardHtml;

/// <summary>Block quotes as Markdig's <c>QuoteBlockRenderer</c> writes them.</summary>
public sealed class StandardQuoteBlockRenderer : EditionObjectRenderer<QuoteBlock>
{
    protected override void Write(EditionHtmlRenderer renderer, QuoteBlock obj)
    {
        renderer.EnsureLine();
        renderer.WriteStartTag("blockquote");
        renderer.WriteAttributesOf(obj);
        renderer.WriteLine('>');
        var implicitParagraph = renderer.ImplicitParagraph;
        renderer.ImplicitParagraph = false;
        renderer.WriteChildren(obj);
        renderer.ImplicitParagraph = implicitParagraph;
        renderer.WriteLine("</blockquote>");
        renderer.EnsureLine();
    }
}
