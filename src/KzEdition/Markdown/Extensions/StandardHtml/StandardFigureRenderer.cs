using KzEdition.Markdown.Rendering;
using Markdig.Extensions.Figures;

namespace KzEdition.Markdown.Extensions.StandardHtml;

/// <summary>Figures (<c>^^^</c>) as Markdig's <c>HtmlFigureRenderer</c> writes them.</summary>
public sealed class StandardFigureRenderer : EditionObjectRenderer<Figure>
{
    protected override void Write(EditionHtmlRenderer renderer, Figure obj)
    {
        renderer.EnsureLine();
        renderer.WriteStartTag("figure");
        renderer.WriteAttributesOf(obj);
        renderer.WriteLine('>');
        renderer.WriteChildren(obj);
        renderer.WriteLine("</figure>");
    }
}
