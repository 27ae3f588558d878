using System.Net;

namespace KzEdition.Templating;

/// <summary>How the theme's output escapes text (every value but a <see cref="RawHtml"/>).</summary>
public static class HtmlText
{
    /// <summary>
    /// Escapes <c>&amp; &lt; &gt; " '</c> (and writes U+00A0–U+00FF and characters beyond the BMP as
    /// numeric references): safe as element text and inside a quoted attribute value. The same as
    /// Scriban's <c>html.escape</c> (WebUtility.HtmlEncode), so templates that escaped by hand give
    /// the same bytes escaped by default.
    /// </summary>
    public static string Escape(string? text) => string.IsNullOrEmpty(text) ? "" : WebUtility.HtmlEncode(text);
}
