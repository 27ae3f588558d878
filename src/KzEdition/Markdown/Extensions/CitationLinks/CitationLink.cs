using KzEdition.Markdown.Rendering;
using Markdig.Syntax.Inlines;

namespace KzEdition.Markdown.Extensions.CitationLinks;

/// <summary>A citation marker of the running text made a link: <c>[1, 18-19 б.]</c> → <c>#ref-1</c>.</summary>
public sealed class CitationLink : LeafInline, IElementText
{
    /// <summary>The marker as the reader sees it (its characters decoded).</summary>
    public required string Marker { get; init; }

    /// <summary>The id of what it links to: <c>ref-3</c> or <c>no-references</c>.</summary>
    public required string Target { get; init; }

    public string ElementText => Marker;
}
