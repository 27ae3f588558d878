using KzEdition.Markdown.Rendering;
using Markdig.Extensions.Footers;

namespace KzEdition.Markdown.Extensions.StandardHtml;

/// <summary>Footers (<c>^^ text</c>) as Markdig's <c>HtmlFooterBlockRenderer</c> writes them.</summary>
public sealed class StandardFooterRenderer : EditionObjectRenderer<FooterBlock>
{
    protected override void Write(EditionHtmlRenderer renderer, FooterBlock footer)
    {
        renderer.EnsureLine();
        renderer.WriteStartTag("footer");
        renderer.WriteAttributesOf(footer);
        renderer.Write('>');
        var implicitParagraph = renderer.ImplicitParagraph;
        renderer.ImplicitParagraph = true;
        renderer.WriteChildren(footer);
        renderer.ImplicitParagraph = implicitParagraph;
        renderer.WriteLine("</footer>");
    }
}
