using System.Text;
using KzEdition.Markdown.Rendering;
using Markdig.Extensions.Abbreviations;
using Markdig.Extensions.Mathematics;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax.Inlines;

namespace KzEdition.Markdown.Extensions.StandardHtml;

/// <summary>
/// Links and images as Markdig's <c>LinkInlineRenderer</c> writes them (<c>&lt;img&gt;</c> without
/// " /"). A link's text is not running text; in the print edition a link out of the article is
/// unwrapped and one within it follows the article's prefix. An image's description becomes its
/// alt text as Markdig writes it, inline markup dropped.
/// </summary>
/// <remarks>
/// A link inside a link's text (an autolink or a bare URL there, which Markdig allows) is written
/// nested, as Markdig writes it; an HTML parser ends the outer link at the inner one (the adoption
/// agency algorithm, HTML § 13.2.6.4.7), which this renderer does not emulate. The edition's
/// Markdown holds no such link (<c>MarkdownEscaper</c> escapes '&lt;' and link brackets).
/// </remarks>
public sealed class StandardLinkRenderer(string? rel) : EditionObjectRenderer<LinkInline>
{
    protected override void Write(EditionHtmlRenderer renderer, LinkInline link)
    {
        var url = link.GetDynamicUrl is not null ? link.GetDynamicUrl() ?? link.Url : link.Url;
        if (link.IsImage)
        {
            renderer.WriteStartTag("img");
            renderer.WriteAttribute("src", renderer.UrlValue(url));
            renderer.WriteAttributesOf(link);
            renderer.WriteAttribute("alt", AltText(link));
            WriteTitle(renderer, link);
            renderer.Write('>');
            return;
        }

        var href = renderer.FollowLink(renderer.UrlValue(url));
        if (href is not null)
        {
            renderer.WriteStartTag("a");
            renderer.WriteAttribute("href", href);
            renderer.WriteAttributesOf(link);
            WriteTitle(renderer, link);
            if (!string.IsNullOrWhiteSpace(rel))
            {
                renderer.WriteAttribute("rel", rel);
            }

            renderer.Write('>');
        }

        renderer.EnterNonRunningText();
        renderer.WriteInlines(link);
        renderer.LeaveNonRunningText();
        if (href is not null)
        {
            renderer.Write("</a>");
        }
    }

    private static void WriteTitle(EditionHtmlRenderer renderer, LinkInline link)
    {
        if (!string.IsNullOrEmpty(link.Title))
        {
            renderer.WriteAttribute("title", link.Title);
        }
    }

    /// <summary>An image's description as Markdig writes it with HTML for inlines turned off.</summary>
    private static string AltText(ContainerInline description)
    {
        var alt = new StringBuilder();
        var lineEnded = false;
        Append(alt, description, ref lineEnded);
        return alt.ToString();
    }

    private static void Append(StringBuilder alt, ContainerInline container, ref bool lineEnded)
    {
        foreach (var item in InlineFlow.Of(container))
        {
            switch (item.Kind)
            {
                case FlowItemKind.Text:
                    if (!item.Text.IsEmpty)
                    {
                        alt.Append(item.Text.Span);
                        lineEnded = false;
                    }

                    break;
                case FlowItemKind.SoftBreak:
                case FlowItemKind.HardBreak:
                    // Without HTML a hard break is a line end too (EnsureLine).
                    if (!lineEnded)
                    {
                        alt.Append('\n');
                        lineEnded = true;
                    }

                    break;
                default:
                    var text = item.Inline switch
                    {
                        CodeInline code => code.Content,
                        AutolinkInline autolink => autolink.Url,
                        MathInline math => math.Content.ToString(),
                        AbbreviationInline abbreviation => abbreviation.Abbreviation.Label,
                        TaskList task => task.Checked ? "[x]" : "[ ]",
                        IElementText own => own.ElementText,
                        _ => null,
                    };
                    if (text is not null)
                    {
                        alt.Append(text);
                        lineEnded = false;
                    }
                    else if (item.Inline is ContainerInline inner)
                    {
                        Append(alt, inner, ref lineEnded);
                    }

                    break;
            }
        }
    }
}
