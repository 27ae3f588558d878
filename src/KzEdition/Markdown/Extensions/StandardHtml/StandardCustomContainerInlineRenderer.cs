using KzEdition.Markdown.Rendering;
using Markdig.Extensions.CustomContainers;

namespace KzEdition.Markdown.Extensions.StandardHtml;

/// <summary>Inline containers (<c>::text::</c>) as Markdig writes them: a <c>span</c>.</summary>
public sealed class StandardCustomContainerInlineRenderer : EditionObjectRenderer<CustomContainerInline>
{
    protected override void Write(EditionHtmlRenderer renderer, CustomContainerInline obj)
    {
        renderer.WriteStartTag("span");
        renderer.WriteAttributesOf(obj);
        renderer.Write('>');
        renderer.WriteInlines(obj);
        renderer.Write("</span>");
    }
}
