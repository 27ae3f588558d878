using KzEdition.Markdown.Rendering;

namespace KzEdition.Markdown.Extensions.CitationLinks;

/// <summary>Writes a citation link: <c>&lt;a class="citation" href="#ref-1"&gt;[1]&lt;/a&gt;</c> (in the print edition, the article's prefixed id).</summary>
public sealed class HtmlCitationLinkRenderer : EditionObjectRenderer<CitationLink>
{
    protected override void Write(EditionHtmlRenderer renderer, CitationLink link)
    {
        renderer.WriteStartTag("a");
        renderer.WriteAttribute("class", "citation");
        renderer.WriteAttribute("href", renderer.FollowLink("#" + link.Target) ?? "");
        renderer.Write('>');
        renderer.WriteText(link.Marker);
        renderer.Write("</a>");
    }
}
