using KzEdition.Markdown.Rendering;
using Markdig.Syntax.Inlines;

namespace KzEdition.Markdown.Extensions.StandardHtml;

/// <summary>
/// Autolinks (<c>&lt;https://…&gt;</c>, <c>&lt;name@host&gt;</c>) as Markdig's <c>AutolinkInlineRenderer</c>
/// writes them; unwrapped in the print edition (they lead out of the article).
/// </summary>
public sealed class StandardAutolinkRenderer(string? rel) : EditionObjectRenderer<AutolinkInline>
{
    protected override void Write(EditionHtmlRenderer renderer, AutolinkInline obj)
    {
        var href = renderer.FollowLink((obj.IsEmail ? "mailto:" : "") + renderer.UrlValue(obj.Url));
        if (href is not null)
        {
            renderer.WriteStartTag("a");
            renderer.WriteAttribute("href", href);
            renderer.WriteAttributesOf(obj);
            if (!obj.IsEmail && !string.IsNullOrWhiteSpace(rel))
            {
                renderer.WriteAttribute("rel", rel);
            }

            renderer.Write('>');
        }

        renderer.WriteText(obj.Url);
        if (href is not null)
        {
            renderer.Write("</a>");
        }
    }
}
