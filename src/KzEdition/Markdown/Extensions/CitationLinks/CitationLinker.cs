using System.Text;
using System.Text.RegularExpressions;
using KzEdition.Markdown.Rendering;
using KzEdition.Text;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KzEdition.Markdown.Extensions.CitationLinks;

/// <summary>
/// Makes the citation markers (<see cref="CitationMarkers"/>) of a parsed document's running text
/// <see cref="CitationLink"/>s. Markers are found in whole text nodes as the DOM has them
/// (<see cref="InlineFlow"/>: <c>[1]</c> is three literals to Markdig, one text to a reader), and
/// not in headings or links; the nodes that held a marker's characters give way to the link, the
/// text around it stays.
/// </summary>
public static class CitationLinker
{
    public static void Link(MarkdownDocument document, CitationFacts facts)
    {
        if (!facts.LinksMarkers)
        {
            return;
        }

        var runs = new List<TextRun>();
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf is not HeadingBlock && leaf.Inline is { } inline)
            {
                Unwrap(inline);
                Collect(inline, runs);
            }
        }

        foreach (var run in runs)
        {
            var text = run.Text.ToString();
            var markers = CitationMarkers.Pattern().Matches(text);
            // Last first: a literal that holds two markers is cut from its end, so the offsets of the first stay true.
            for (var i = markers.Count - 1; i >= 0; i--)
            {
                Replace(run, text, markers[i], facts);
            }
        }
    }

    /// <summary>
    /// Replaces each delimiter left unmatched (an unclosed <c>[</c>, which keeps all that follows as
    /// its children) by a literal of its signs followed by its children: the HTML is the same, and a
    /// marker that begins with the sign (<c>[5,</c> soft break <c>3]</c> before a link) lies in one container.
    /// A delimiter that ends with a line break and has a sibling after it stays: its break, last in
    /// the delimiter, writes nothing, and would write a line feed among its siblings.
    /// </summary>
    private static void Unwrap(ContainerInline container)
    {
        var inline = container.FirstChild;
        while (inline is not null)
        {
            var next = inline.NextSibling;
            if (inline is DelimiterInline delimiter && (next is null || delimiter.LastChild is not LineBreakInline))
            {
                var signs = new LiteralInline(delimiter.ToLiteral());
                delimiter.InsertAfter(signs);
                delimiter.MoveChildrenAfter(signs);
                delimiter.Remove();
                next = signs.NextSibling;
            }
            else if (inline is ContainerInline inner)
            {
                Unwrap(inner);
            }

            inline = next;
        }
    }

    /// <summary>The text nodes of <paramref name="container"/> and of the elements in it that hold running text (not links).</summary>
    private static void Collect(ContainerInline container, List<TextRun> runs)
    {
        var run = new TextRun();
        foreach (var item in InlineFlow.Of(container))
        {
            switch (item.Kind)
            {
                case FlowItemKind.Text:
                    run.Add(item.Inline, item.Text.Span, item.Inline switch
                    {
                        LiteralInline => PieceKind.Literal,
                        HtmlEntityInline => PieceKind.Whole,
                        _ => PieceKind.Fixed,
                    });
                    break;
                case FlowItemKind.SoftBreak:
                    run.Add(item.Inline, "\n", PieceKind.Whole);
                    break;
                case FlowItemKind.HardBreak:
                    // <br>, then a text node that opens with the break's line feed.
                    runs.Add(run);
                    run = new TextRun();
                    run.Add(item.Inline, "\n", PieceKind.Fixed);
                    break;
                default:
                    runs.Add(run);
                    run = new TextRun();
                    if (item.Inline is ContainerInline inner and not LinkInline)
                    {
                        Collect(inner, runs);
                    }

                    break;
            }
        }

        runs.Add(run);
    }

    private static void Replace(TextRun run, string text, Match marker, CitationFacts facts)
    {
        var start = marker.Index;
        var end = marker.Index + marker.Length;
        var covered = run.Pieces.Where(p => p.Length > 0 && p.Start < end && p.Start + p.Length > start).ToList();
        var parent = covered[0].Inline.Parent;
        // The marker's characters must be literals (cut anywhere), whole entities or line breaks, all
        // in one container; CommonMark gives a marker no other shape, and another stays text.
        if (covered.Any(p => p.Inline.Parent != parent || p.Kind == PieceKind.Fixed
            || (p.Kind == PieceKind.Whole && (p.Start < start || p.Start + p.Length > end))))
        {
            return;
        }

        var first = covered[0];
        var last = covered[^1];
        var link = new CitationLink { Marker = text[start..end], Target = facts.TargetOf(text[start..end]) };

        // The rest of the last literal after the marker (a literal keeps its start as others are
        // cut from it, and its end says how much of it is left).
        LiteralInline? after = null;
        if (last.Inline is LiteralInline lastLiteral && end - last.Start < lastLiteral.Content.Length)
        {
            after = new LiteralInline(Cut(lastLiteral.Content, end - last.Start, lastLiteral.Content.Length));
        }

        // After the first piece, which goes unless it keeps text before the marker (Markdig's
        // InsertBefore leaves the inserted node without its previous sibling: only InsertAfter is used).
        var keepFirst = first.Inline is LiteralInline && start > first.Start;
        first.Inline.InsertAfter(link);
        if (after is not null)
        {
            link.InsertAfter(after);
        }

        foreach (var piece in covered)
        {
            if (keepFirst && piece.Inline == first.Inline)
            {
                var literal = (LiteralInline)piece.Inline;
                literal.Content = Cut(literal.Content, 0, start - first.Start);
            }
            else
            {
                piece.Inline.Remove();
            }
        }
    }

    private static StringSlice Cut(StringSlice content, int from, int to) =>
        new(content.Text, content.Start + from, content.Start + to - 1);

    /// <summary>How a piece of a text node may give way to a link.</summary>
    private enum PieceKind
    {
        /// <summary>A literal: cut at any character.</summary>
        Literal,

        /// <summary>An entity or a soft line break: replaced whole or not at all.</summary>
        Whole,

        /// <summary>An unmatched delimiter's signs, a hard break's line feed: never part of a link.</summary>
        Fixed,
    }

    /// <summary>A piece of a text node: the inline it comes from and where its characters stand in the node's text.</summary>
    private sealed record Piece(Inline Inline, int Start, int Length, PieceKind Kind);

    /// <summary>The text of one text node and the pieces it is made of.</summary>
    private sealed class TextRun
    {
        public StringBuilder Text { get; } = new();

        public List<Piece> Pieces { get; } = [];

        public void Add(Inline inline, ReadOnlySpan<char> text, PieceKind kind)
        {
            Pieces.Add(new Piece(inline, Text.Length, text.Length, kind));
            Text.Append(text);
        }
    }
}
