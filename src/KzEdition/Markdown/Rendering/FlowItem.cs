using Markdig.Syntax.Inlines;

namespace KzEdition.Markdown.Rendering;

/// <summary>One item of an <see cref="InlineFlow"/>: text, a line break or an element, and the inline it comes from.</summary>
/// <param name="Text">The characters of a <see cref="FlowItemKind.Text"/> item, decoded (an entity's character, not its reference).</param>
public readonly record struct FlowItem(FlowItemKind Kind, Inline Inline, ReadOnlyMemory<char> Text);
