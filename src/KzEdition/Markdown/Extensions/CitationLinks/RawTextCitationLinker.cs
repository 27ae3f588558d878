using KzEdition.Markdown.Rendering;
using KzEdition.Text;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KzEdition.Markdown.Extensions.CitationLinks;

/// <summary>
/// Citation links in raw running text (maths, a diagram's lines), which <see cref="CitationLinker"/>
/// cannot reach in the tree: made for the one rendering from the facts the document was parsed with.
/// </summary>
public sealed class RawTextCitationLinker : RawTextLinker
{
    public override ContainerInline? Link(MarkdownDocument document, string text)
    {
        if (CitationLinkExtension.FactsOf(document) is not { LinksMarkers: true } facts)
        {
            return null;
        }

        var markers = CitationMarkers.Pattern().Matches(text);
        if (markers.Count == 0)
        {
            return null;
        }

        var inlines = new ContainerInline();
        var position = 0;
        foreach (var marker in markers.Cast<System.Text.RegularExpressions.Match>())
        {
            if (marker.Index > position)
            {
                inlines.AppendChild(new LiteralInline(new StringSlice(text, position, marker.Index - 1)));
            }

            inlines.AppendChild(new CitationLink { Marker = marker.Value, Target = facts.TargetOf(marker.Value) });
            position = marker.Index + marker.Length;
        }

        if (position < text.Length)
        {
            inlines.AppendChild(new LiteralInline(new StringSlice(text, position, text.Length - 1)));
        }

        return inlines;
    }
}
