using System.Globalization;
using System.Text;
using Markdig.Extensions.Abbreviations;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Mathematics;
using Markdig.Syntax.Inlines;

namespace KzEdition.Markdown.Rendering;

/// <summary>
/// The DOM <c>textContent</c> of the HTML that inline content becomes, read from the syntax tree:
/// literal text, entities decoded, soft and hard line breaks as line feeds, emphasis flattened, the
/// text of code, autolinks, abbreviations and maths as shown; images and checkboxes have none.
/// The indices and search read paragraphs as this text, as they read AngleSharp's before.
/// </summary>
public static class TextContent
{
    public static string Of(ContainerInline? container)
    {
        var text = new StringBuilder();
        if (container is not null)
        {
            Append(text, container);
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, ContainerInline container)
    {
        // The text of one text node, as the parser reads it back (HtmlSerialization.ParsedText).
        var run = new StringBuilder();
        var lineEnded = false;
        foreach (var item in InlineFlow.Of(container))
        {
            switch (item.Kind)
            {
                case FlowItemKind.Text:
                    if (!item.Text.IsEmpty)
                    {
                        run.Append(item.Text.Span);
                        lineEnded = false;
                    }

                    break;
                case FlowItemKind.SoftBreak:
                    // Markdig's EnsureLine: no second line feed after one just written.
                    if (!lineEnded)
                    {
                        run.Append('\n');
                        lineEnded = true;
                    }

                    break;
                case FlowItemKind.HardBreak:
                    Flush(text, run);
                    run.Append('\n');
                    lineEnded = true;
                    break;
                default:
                    Flush(text, run);
                    AppendElement(text, item.Inline);
                    lineEnded = false;
                    break;
            }
        }

        Flush(text, run);
    }

    private static void AppendElement(StringBuilder text, Inline element)
    {
        switch (element)
        {
            case IElementText own:
                text.Append(HtmlSerialization.ParsedText(own.ElementText));
                break;
            case CodeInline code:
                text.Append(HtmlSerialization.ParsedText(code.Content));
                break;
            case AutolinkInline autolink:
                text.Append(HtmlSerialization.ParsedText(autolink.Url));
                break;
            case MathInline math:
                text.Append(HtmlSerialization.ParsedText($"\\({math.Content}\\)"));
                break;
            case AbbreviationInline abbreviation:
                text.Append(HtmlSerialization.ParsedText(abbreviation.Abbreviation.Label ?? ""));
                break;
            case FootnoteLink footnote:
                text.Append(footnote.IsBackLink ? "\u21A9" : footnote.Footnote.Order.ToString(CultureInfo.InvariantCulture));
                break;
            case LinkInline { IsImage: true }:
                // An image's description is its alt attribute, not text.
                break;
            case ContainerInline container:
                Append(text, container);
                break;
            default:
                // A checkbox and other empty elements.
                break;
        }
    }

    private static void Flush(StringBuilder text, StringBuilder run)
    {
        if (run.Length > 0)
        {
            text.Append(HtmlSerialization.ParsedText(run.ToString()));
            run.Clear();
        }
    }
}
