using KzEdition.Markdown.Rendering;
using Markdig.Extensions.Footnotes;

namespace KzEdition.Markdown.Extensions.StandardHtml;

/// <summary>The footnotes at the end of a body as Markdig's <c>HtmlFootnoteGroupRenderer</c> writes them (<c>&lt;hr&gt;</c> without " /").</summary>
public sealed class StandardFootnoteGroupRenderer(string groupClass) : EditionObjectRenderer<FootnoteGroup>
{
    protected override void Write(EditionHtmlRenderer renderer, FootnoteGroup footnotes)
    {
        renderer.EnsureLine();
        renderer.WriteStartTag("div");
        renderer.WriteAttribute("class", groupClass);
        renderer.WriteLine('>');
        renderer.WriteLine("<hr>");
        renderer.WriteLine("<ol>");
        foreach (var block in footnotes)
        {
            var footnote = (Footnote)block;
            renderer.WriteStartTag("li");
            renderer.WriteAttribute("id", $"fn:{footnote.Order}");
            renderer.WriteLine('>');
            renderer.WriteChildren(footnote);
            renderer.WriteLine("</li>");
        }

        renderer.WriteLine("</ol>");
        renderer.WriteLine("</div>");
    }
}
