using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KzEdition.Markdown.Rendering;

/// <summary>
/// Links in text that reaches the HTML without inline parsing, yet is running text to the DOM
/// (maths, a diagram's lines): what a feature that links the parsed text at parse time (citation
/// markers) would have made of it, as inline nodes made for the one rendering, the tree unchanged.
/// </summary>
public abstract class RawTextLinker
{
    /// <summary>The text node as inlines with links in it, or null when it has none.</summary>
    public abstract ContainerInline? Link(MarkdownDocument document, string text);
}
