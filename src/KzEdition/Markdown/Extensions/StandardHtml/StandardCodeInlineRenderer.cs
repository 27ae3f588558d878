using KzEdition.Markdown.Rendering;
using Markdig.Syntax.Inlines;

namespace KzEdition.Markdown.Extensions.StandardHtml;

/// <summary>Code spans as Markdig's <c>CodeInlineRenderer</c> writes them, the code serialized as the HTML standard does.</summary>
public sealed class StandardCodeInlineRenderer : EditionObjectRenderer<CodeInline>
{
    protected override void Write(EditionHtmlRenderer renderer, CodeInline obj)
    {
        renderer.WriteStartTag("code");
        renderer.WriteAttributesOf(obj);
        renderer.Write('>');
        renderer.WriteText(obj.ContentSpan);
        renderer.Write("</code>");
    }
}
