namespace KzEdition.Markdown.Rendering;

/// <summary>
/// An inline of this edition's own that becomes an element with text in it (a citation link):
/// the text it shows, for <see cref="TextContent"/>.
/// </summary>
public interface IElementText
{
    /// <summary>The text of the element, as its DOM <c>textContent</c>.</summary>
    string ElementText { get; }
}
