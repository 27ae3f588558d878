namespace KzEdition.Text;

/// <summary>Where a run of HTML text stands, which decides how a parser reads its ampersands and less-than signs.</summary>
public enum HtmlTextKind
{
    /// <summary>A text node of the data or RCDATA (title, textarea) states: character references are read (HTML 13.2.5.1–2).</summary>
    Text,

    /// <summary>An attribute value: references are read, save a legacy name followed by '=' or a letter (HTML 13.2.5.73).</summary>
    AttributeValue,

    /// <summary>The raw text of script, style, xmp, iframe, noembed, noframes or plaintext: nothing is a reference (HTML 13.2.5.3–5).</summary>
    RawText,
}
