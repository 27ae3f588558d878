using System.Buffers;

namespace KzEdition.Markdown.Rendering;

/// <summary>
/// Text and attribute values written as the HTML standard serializes a fragment (HTML § 13.3,
/// "Serializing HTML fragments", escaping a string), which is what AngleSharp's <c>InnerHtml</c>
/// writes: the edition's bodies used to be Markdig's HTML parsed and written again by AngleSharp,
/// and the bodies rendered from the syntax tree must be those bytes.
/// </summary>
/// <remarks>
/// Markdig escapes differently: <c>"</c> as <c>&amp;quot;</c> in text, no-break spaces not at all.
/// AngleSharp 1.10 also escapes <c>&lt;</c> and <c>&gt;</c> in attribute values, as the standard
/// has since 2025. Carriage returns are written as the parser would have read them (§ 13.2.3.5,
/// preprocessing the input stream: CR LF and lone CR become LF).
/// </remarks>
public static class HtmlSerialization
{
    private static readonly SearchValues<char> TextEscapes = SearchValues.Create("&\u00A0<>\r");

    private static readonly SearchValues<char> AttributeEscapes = SearchValues.Create("&\u00A0\"<>\r");

    /// <summary>Writes a text node's data: <c>&amp;</c>, U+00A0, <c>&lt;</c> and <c>&gt;</c> escaped.</summary>
    public static void WriteText(TextWriter writer, ReadOnlySpan<char> text) => Write(writer, text, attribute: false);

    /// <summary>Writes an attribute's value (without its quotes): as text, and <c>"</c> escaped too.</summary>
    public static void WriteAttributeValue(TextWriter writer, ReadOnlySpan<char> value) => Write(writer, value, attribute: true);

    /// <summary>The text as the HTML parser reads it back: line breaks as LF only.</summary>
    public static string ParsedText(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    private static void Write(TextWriter writer, ReadOnlySpan<char> text, bool attribute)
    {
        while (!text.IsEmpty)
        {
            var next = text.IndexOfAny(attribute ? AttributeEscapes : TextEscapes);
            if (next < 0)
            {
                writer.Write(text);
                return;
            }

            writer.Write(text[..next]);
            switch (text[next])
            {
                case '&':
                    writer.Write("&amp;");
                    break;
                case '\u00A0':
                    writer.Write("&nbsp;");
                    break;
                case '"':
                    writer.Write("&quot;");
                    break;
                case '<':
                    writer.Write("&lt;");
                    break;
                case '>':
                    writer.Write("&gt;");
                    break;
                default:
                    // CR: an LF, and none more for the LF of a CR LF pair.
                    writer.Write('\n');
                    if (next + 1 < text.Length && text[next + 1] == '\n')
                    {
                        next++;
                    }

                    break;
            }

            text = text[(next + 1)..];
        }
    }
}
