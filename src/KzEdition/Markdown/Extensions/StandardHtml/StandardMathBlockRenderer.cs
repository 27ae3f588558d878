using KzEdition.Markdown.Rendering;
using Markdig.Extensions.Mathematics;

namespace KzEdition.Markdown.Extensions.StandardHtml;

/// <summary>Display maths as Markdig's <c>HtmlMathBlockRenderer</c> writes it: <c>\[…\]</c> in a div, one text node of the running text.</summary>
public sealed class StandardMathBlockRenderer : EditionObjectRenderer<MathBlock>
{
    protected override void Write(EditionHtmlRenderer renderer, MathBlock obj)
    {
        renderer.EnsureLine();
        renderer.WriteStartTag("div");
        renderer.WriteAttributesOf(obj);
        renderer.Write('>');
        renderer.WriteTextNode("\n\\[\n" + StandardCodeBlockRenderer.Lines(obj) + "\\]");
        renderer.WriteLine("</div>");
    }
}
