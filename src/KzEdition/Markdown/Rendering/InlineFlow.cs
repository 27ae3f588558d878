using Markdig.Helpers;
using Markdig.Syntax.Inlines;

namespace KzEdition.Markdown.Rendering;

/// <summary>
/// The children of an inline container as the browser's DOM sees the HTML Markdig writes of them:
/// text that merges into one text node wherever no element stands between (adjacent literals,
/// entities, soft line breaks, the signs of a delimiter left unmatched and what it holds), line
/// breaks, and elements. Citation linking, index cross-linking and paragraph texts work on text
/// nodes, as the AngleSharp steps they replace did, and read them from here.
/// </summary>
public static class InlineFlow
{
    /// <summary>The items of <paramref name="container"/>'s children, in reading order.</summary>
    public static IEnumerable<FlowItem> Of(ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    yield return new FlowItem(FlowItemKind.Text, literal, Memory(literal.Content));
                    break;
                case HtmlEntityInline entity:
                    yield return new FlowItem(FlowItemKind.Text, entity, Memory(entity.Transcoded));
                    break;
                case LineBreakInline when inline.NextSibling is null:
                    // Markdig writes nothing for a line break that ends its container.
                    break;
                case LineBreakInline lineBreak:
                    yield return new FlowItem(lineBreak.IsHard ? FlowItemKind.HardBreak : FlowItemKind.SoftBreak, lineBreak, default);
                    break;
                case DelimiterInline delimiter:
                    // An unmatched '[' or '![' keeps what follows as its children: its signs, then
                    // those children, all in the text around it.
                    yield return new FlowItem(FlowItemKind.Text, delimiter, delimiter.ToLiteral().AsMemory());
                    foreach (var item in Of(delimiter))
                    {
                        yield return item;
                    }

                    break;
                default:
                    yield return new FlowItem(FlowItemKind.Element, inline, default);
                    break;
            }
        }
    }

    private static ReadOnlyMemory<char> Memory(StringSlice slice) =>
        slice.Text is null || slice.Length <= 0 ? ReadOnlyMemory<char>.Empty : slice.Text.AsMemory(slice.Start, slice.Length);
}
