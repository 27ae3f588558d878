using System.Globalization;
using System.Net;
using KzEdition.Markdown.Rendering;
using Markdig.Extensions.Footnotes;

namespace KzEdition.Markdown.Extensions.StandardHtml;

/// <summary>
/// Footnote references and back links as Markdig's <c>HtmlFootnoteLinkRenderer</c> writes them; the
/// back link's sign (Markdig's <c>&amp;#8617;</c>) as the character the parser reads of it.
/// </summary>
public sealed class StandardFootnoteLinkRenderer(string linkClass, string backLinkClass, string backLinkHtml) : EditionObjectRenderer<FootnoteLink>
{
    private readonly string _backLinkText = WebUtility.HtmlDecode(backLinkHtml);

    protected override void Write(EditionHtmlRenderer renderer, FootnoteLink link)
    {
        var order = link.Footnote.Order.ToString(CultureInfo.InvariantCulture);
        var index = link.Index.ToString(CultureInfo.InvariantCulture);
        var href = renderer.FollowLink(link.IsBackLink ? $"#fnref:{index}" : $"#fn:{order}");
        if (href is not null)
        {
            renderer.WriteStartTag("a");
            if (!link.IsBackLink)
            {
                renderer.WriteAttribute("id", $"fnref:{index}");
            }

            renderer.WriteAttribute("href", href);
            renderer.WriteAttribute("class", link.IsBackLink ? backLinkClass : linkClass);
            renderer.Write('>');
        }

        if (link.IsBackLink)
        {
            renderer.WriteText(_backLinkText);
        }
        else
        {
            renderer.Write("<sup>");
            renderer.WriteText(order);
            renderer.Write("</sup>");
        }

        if (href is not null)
        {
            renderer.Write("</a>");
        }
    }
}
