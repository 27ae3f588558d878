using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KzEdition.Markdown;

/// <summary>
/// How deeply a parsed Markdown document nests (blocks in blocks, inlines in inlines): Markdig's
/// renderers stop past <see cref="RenderLimit"/> levels with an exception, so a document that deep
/// (a thousand [ or &gt; in a row) is refused where it is read, as bad input at its line.
/// </summary>
public static class MarkdownNesting
{
    /// <summary>Markdig's renderers' default <c>MaximumNestingDepth</c>.</summary>
    public const int RenderLimit = 128;

    /// <summary>The deepest level reached and the line (from 0) of the object there; walked without recursion.</summary>
    public static (int Depth, int Line) Deepest(MarkdownDocument document)
    {
        var (deepest, line) = (0, 0);
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > deepest)
            {
                (deepest, line) = (depth, node.Line);
            }

            switch (node)
            {
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        pending.Push((child, depth + 1));
                    }

                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, depth + 1));
                    break;
                case ContainerInline inlines:
                    for (var child = inlines.FirstChild; child is not null; child = child.NextSibling)
                    {
                        pending.Push((child, depth + 1));
                    }

                    break;
            }
        }

        return (deepest, line);
    }
}
