namespace KzEdition.Markdown.Rendering;

/// <summary>What an item of <see cref="InlineFlow"/> is to the HTML it becomes.</summary>
public enum FlowItemKind
{
    /// <summary>Characters of a text node (a literal, an entity's character, an unmatched delimiter's signs).</summary>
    Text,

    /// <summary>A soft line break: a line feed in the text, as Markdig writes it.</summary>
    SoftBreak,

    /// <summary>A hard line break: a <c>&lt;br&gt;</c> element, then a line feed that opens the next text node.</summary>
    HardBreak,

    /// <summary>An inline that becomes an element (emphasis, link, code, …) and ends the text node before it.</summary>
    Element,
}
