using KzEdition.Markdown.Rendering;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace KzEdition.Markdown.Extensions.StandardHtml;

/// <summary>
/// Emphasis of every kind (<c>em</c>, <c>strong</c>, and the extras' <c>del</c>, <c>sub</c>,
/// <c>sup</c>, <c>ins</c>, <c>mark</c>, <c>cite</c>), the tag chosen as Markdig's
/// <see cref="EmphasisInlineRenderer"/> chooses it once its extensions have set it up.
/// </summary>
public sealed class StandardEmphasisRenderer(EmphasisInlineRenderer.GetTagDelegate getTag) : EditionObjectRenderer<EmphasisInline>
{
    protected override void Write(EditionHtmlRenderer renderer, EmphasisInline obj)
    {
        var tag = getTag(obj);
        renderer.WriteStartTag(tag ?? "");
        renderer.WriteAttributesOf(obj);
        renderer.Write('>');
        renderer.WriteInlines(obj);
        renderer.Write("</").Write(tag).Write('>');
    }
}
