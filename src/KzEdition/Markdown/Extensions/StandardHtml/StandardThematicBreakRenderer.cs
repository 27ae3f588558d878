using KzEdition.Markdown.Rendering;
using Markdig.Syntax;

namespace KzEdition.Markdown.Extensions.StandardHtml;

/// <summary>Thematic breaks: <c>&lt;hr&gt;</c>, a void element written without Markdig's " /".</summary>
public sealed class StandardThematicBreakRenderer : EditionObjectRenderer<ThematicBreakBlock>
{
    protected override void Write(EditionHtmlRenderer renderer, ThematicBreakBlock obj)
    {
        renderer.WriteStartTag("hr");
        renderer.WriteAttributesOf(obj);
        renderer.WriteLine('>');
    }
}
