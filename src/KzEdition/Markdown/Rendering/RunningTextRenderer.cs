namespace KzEdition.Markdown.Rendering;

/// <summary>
/// Writes the running text of a body for a feature that adds elements to it (the index's
/// cross-links): each text node outside links, abbreviations, code and headings, whole, in reading
/// order. One instance serves one <see cref="EditionHtmlRenderer"/>, which renders one body at a
/// time, so it may keep what it needs across a body's text nodes.
/// </summary>
public abstract class RunningTextRenderer
{
    /// <summary>A body's rendering starts, with these options.</summary>
    public abstract void Begin(BodyRenderOptions options);

    /// <summary>Writes one text node (its data as the DOM holds it) through <paramref name="renderer"/>.</summary>
    public abstract void Write(EditionHtmlRenderer renderer, string text);
}
