using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using KzEdition.Text;
using System.Text.Unicode;

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

    /// <summary>
    /// A JSON string literal for a <c>&lt;script&gt;</c> element (<c>type="application/json"</c>): quotes
    /// and backslashes escaped as JSON wants, and <c>&lt; &gt; &amp; '</c> as <c>\u003C</c> and the like, so the
    /// text can neither end the element nor be read as markup; Cyrillic and other letters as they are.
    /// </summary>
    public static string JsonString(string? text) => JsonSerializer.Serialize(text ?? "", ScriptJson.String);

    private static readonly PlainJson ScriptJson = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) });
}
