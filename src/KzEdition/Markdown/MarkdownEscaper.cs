using System.Text;
using System.Text.RegularExpressions;

namespace KzEdition.Markdown;

/// <summary>
/// Escapes running text so that Markdown reads it as text: the cleaned Markdown must render to
/// exactly the words of the source, whatever characters they hold.
/// </summary>
public static partial class MarkdownEscaper
{
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            // CommonMark 2.4: any ASCII punctuation may be backslash-escaped. These are the ones
            // that can start emphasis, code, HTML, autolinks or hard breaks inside a paragraph.
            if (c is '\\' or '*' or '_' or '`' or '<' or '>' or '|' or '~')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        var result = escaped.ToString();

        // CommonMark 4.2, 5.2, 5.3, 4.1: a paragraph must not open like a heading, a list item or a thematic break.
        return BlockStart().Replace(result, m => m.Groups["digits"].Success ? m.Groups["digits"].Value + "\\" + m.Groups["mark"].Value : "\\" + m.Value);
    }

    [GeneratedRegex(@"^(?:[#+=-]|(?<digits>\d{1,9})(?<mark>[.)])(?=\s|$))")]
    private static partial Regex BlockStart();
}
