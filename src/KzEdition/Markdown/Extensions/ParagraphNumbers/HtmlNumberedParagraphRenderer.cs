using KzEdition.Markdown.Extensions.StandardHtml;
using KzEdition.Markdown.Rendering;
using Markdig.Syntax;

namespace KzEdition.Markdown.Extensions.ParagraphNumbers;

/// <summary>
/// Writes a numbered paragraph with its id and, before its text, its number as a link to itself:
/// <c>&lt;p id="p12"&gt;&lt;a class="pnum" href="#p12" title="¶ 12"&gt;12&lt;/a&gt; …</c>.
/// Other paragraphs, and every paragraph of a rendering without numbers (a page, not an article), are written as <see cref="StandardParagraphRenderer"/> writes them.
/// </summary>
public sealed class HtmlNumberedParagraphRenderer : StandardParagraphRenderer
{
    protected override void WriteAttributes(EditionHtmlRenderer renderer, ParagraphBlock paragraph) =>
        renderer.WriteAttributesOf(paragraph, id: renderer.Options.Numbered ? ParagraphNumber.Of(paragraph)?.Id : null);

    protected override void WriteOpening(EditionHtmlRenderer renderer, ParagraphBlock paragraph)
    {
        if (!renderer.Options.Numbered || ParagraphNumber.Of(paragraph) is not { } number)
        {
            return;
        }

        renderer.WriteStartTag("a");
        renderer.WriteAttribute("class", "pnum");
        renderer.WriteAttribute("href", renderer.FollowLink("#" + number.Id) ?? "");
        renderer.WriteAttribute("title", "¶ " + number.Text);
        renderer.Write('>');
        renderer.WriteText(number.Text);
        renderer.Write("</a>");
        renderer.WriteText(" ");
    }
}
