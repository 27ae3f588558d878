using KzEdition.Markdown.Rendering;
using Markdig.Extensions.CustomContainers;

namespace KzEdition.Markdown.Extensions.StandardHtml;

/// <summary>Custom containers (<c>::: table</c>) as Markdig's <c>HtmlCustomContainerRenderer</c> writes them: a <c>div</c> with the info as its class.</summary>
public sealed class StandardCustomContainerRenderer : EditionObjectRenderer<CustomContainer>
{
    protected override void Write(EditionHtmlRenderer renderer, CustomContainer obj)
    {
        renderer.EnsureLine();
        renderer.WriteStartTag("div");
        renderer.WriteAttributesOf(obj);
        renderer.Write('>');
        renderer.WriteChildren(obj);
        renderer.WriteLine("</div>");
    }
}
