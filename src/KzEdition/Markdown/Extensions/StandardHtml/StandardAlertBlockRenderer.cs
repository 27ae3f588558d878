using KzEdition.Markdown.Rendering;
using Markdig.Extensions.Alerts;
using Markdig.Helpers;
using Markdig.Renderers;

namespace KzEdition.Markdown.Extensions.StandardHtml;

/// <summary>
/// Alerts (<c>&gt; [!NOTE]</c>) as Markdig's <c>AlertBlockRenderer</c> writes them, with its title
/// writer (whose markup the HTML parser reads back as it was written).
/// </summary>
public sealed class StandardAlertBlockRenderer(Action<HtmlRenderer, StringSlice> renderKind) : EditionObjectRenderer<AlertBlock>
{
    protected override void Write(EditionHtmlRenderer renderer, AlertBlock obj)
    {
        renderer.EnsureLine();
        renderer.WriteStartTag("div");
        renderer.WriteAttributesOf(obj);
        renderer.WriteLine('>');
        renderKind(renderer, obj.Kind);
        var implicitParagraph = renderer.ImplicitParagraph;
        renderer.ImplicitParagraph = false;
        renderer.WriteChildren(obj);
        renderer.ImplicitParagraph = implicitParagraph;
        renderer.WriteLine("</div>");
        renderer.EnsureLine();
    }
}
