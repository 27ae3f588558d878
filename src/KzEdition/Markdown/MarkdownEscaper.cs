using System.Text;
using System.Text.RegularExpressions;

namespace KzEdition.Markdown;

/// <summary>
/// Escapes running text so that Markdown reads it as text: the cleaned Markdown must render to
/// exactly the words of the source, whatever characters they hold, under CommonMark and the
/// advanced extensions the build uses; and stay readable for editors (only what could be read
/// as markup is escaped).
/// </summary>
public static partial class MarkdownEscaper
{
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        var urls = Url().Matches(text);
        var nextUrl = 0;
        for (var i = 0; i < text.Length; i++)
        {
            // A bare URL is linked by the autolink extension as its characters stand: copied verbatim.
            while (nextUrl < urls.Count && urls[nextUrl].Index + urls[nextUrl].Length <= i)
            {
                nextUrl++;
            }

            if (nextUrl < urls.Count && urls[nextUrl].Index == i)
            {
                escaped.Append(urls[nextUrl].Value);
                i += urls[nextUrl].Length - 1;
                continue;
            }

            var c = text[i];
            // CommonMark 2.4: any ASCII punctuation may be backslash-escaped. Always escaped: what can
            // open emphasis, code, HTML, autolinks, tables, strikethrough, superscript, maths,
            // attributes, and the footnote and abbreviation syntax.
            var escape = c is '\\' or '*' or '_' or '`' or '<' or '>' or '|' or '~' or '^' or '$' or '{'
                // A bracket only when it opens a link, a link definition or a footnote: citation
                // markers ([1], [1, 18-19 б.]) stay as they are printed.
                || (c == '[' && OpensLink(text, i))
                // Marked (==x==) and inserted (++x++) text: only doubled signs are syntax.
                // Marked (==x==), inserted (++x++), cited (""x"") and inline-container (::x::) text:
                // only doubled signs are syntax.
                || (c is '=' or '+' or '"' or ':' && ((i + 1 < text.Length && text[i + 1] == c) || (i > 0 && text[i - 1] == c)))
                // CommonMark 6.2: an entity reference (&amp; &#39;) would be decoded.
                || (c == '&' && Entity().IsMatch(text.AsSpan(i)));
            if (escape)
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        var result = escaped.ToString();

        // CommonMark 4.2, 5.2, 5.3, 4.1, and Markdig's list extras (a. b. / i. ii. / A. I. lists):
        // a paragraph must not open like a heading, a list item or a thematic break.
        // A task-list box ([ ], [x]) opening the text is syntax too.
        result = TaskBox().Replace(result, "\\$0");
        return BlockStart().Replace(result, m => m.Groups["marker"].Success ? m.Groups["marker"].Value + "\\" + m.Groups["mark"].Value : "\\" + m.Value);
    }

    /// <summary>
    /// Escapes a heading's text: as running text, and a closing run of '#' (CommonMark 4.2 reads
    /// "Қорытынды ##" as the heading "Қорытынды") keeps its signs.
    /// </summary>
    public static string EscapeHeading(string text)
    {
        var escaped = Escape(text);
        var closing = ClosingHashes().Match(escaped);
        return closing.Success ? escaped[..closing.Index] + "\\" + escaped[closing.Index..] : escaped;
    }

    [GeneratedRegex(@"(?:https?://|www\.)[^\s<>«»""]+[^\s<>«»"".,;:!?)\]]")]
    private static partial Regex Url();

    [GeneratedRegex(@"^\[[ xX]\](?=\s|$)")]
    private static partial Regex TaskBox();

    [GeneratedRegex(@"(?<=\s)#+$")]
    private static partial Regex ClosingHashes();

    private static bool OpensLink(string text, int index)
    {
        if (index + 1 < text.Length && text[index + 1] == '^')
        {
            return true;
        }

        var close = text.IndexOf(']', index + 1);
        if (close < 0 || close + 1 >= text.Length)
        {
            return false;
        }

        var after = text[close + 1];
        return after is '(' or '[' || (after == ':' && text[..index].Trim().Length == 0);
    }

    [GeneratedRegex(@"^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")]
    private static partial Regex Entity();

    [GeneratedRegex(@"^(?:[#+=-]|(?<marker>\d{1,9}|[A-Za-z]|[IVXLCDMivxlcdm]{1,8})(?<mark>[.)])(?=\s|$))")]
    private static partial Regex BlockStart();
}
