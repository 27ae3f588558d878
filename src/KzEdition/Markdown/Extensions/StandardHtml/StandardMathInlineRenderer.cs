using KzEdition.Markdown.Rendering;
using Markdig.Extensions.Mathematics;

namespace KzEdition.Markdown.Extensions.StandardHtml;

/// <summary>Inline maths as Markdig's <c>HtmlMathInlineRenderer</c> writes it: <c>\(…\)</c> in a span, a text node of the running text.</summary>
public sealed class StandardMathInlineRenderer : EditionObjectRenderer<MathInline>
{
    protected override void Write(EditionHtmlRenderer renderer, MathInline obj)
    {
        renderer.WriteStartTag("span");
        renderer.WriteAttributesOf(obj);
        renderer.Write('>');
        renderer.WriteTextNode($"\\({obj.Content}\\)");
        renderer.Write("</span>");
    }
}
