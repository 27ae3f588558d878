using KzEdition.Markdown.Rendering;
using Markdig.Extensions.Figures;

namespace KzEdition.Markdown.Extensions.StandardHtml;

/// <summary>Figure captions as Markdig's <c>HtmlFigureCaptionRenderer</c> writes them.</summary>
public sealed class StandardFigureCaptionRenderer : EditionObjectRenderer<FigureCaption>
{
    protected override void Write(EditionHtmlRenderer renderer, FigureCaption obj)
    {
        renderer.EnsureLine();
        renderer.WriteStartTag("figcaption");
        renderer.WriteAttributesOf(obj);
        renderer.Write('>');
        renderer.WriteInlines(obj.Inline);
        renderer.WriteLine("</figcaption>");
    }
}
