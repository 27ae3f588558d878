using System.Text.RegularExpressions;

namespace KzEdition.Tests.Templating;

/// <summary>
/// A page with everything a Latin page may change taken out: each run of text between two tags
/// (which may become empty: ъ and ь are written as nothing), the values of title, aria-label, placeholder and
/// alt, and the root's lang (removed, as a Latin page may add one). Two pages with the same skeleton have the same markup, byte for byte. Read with regular
/// expressions, not with the writer's tokenizer, so that it checks the writer rather than repeats
/// it; it knows well-formed HTML only (comments, doctype, tags with quoted values, script and style).
/// </summary>
internal static partial class MarkupSkeleton
{
    private const string Blank = "§";

    public static string Of(string html)
    {
        var rootSeen = false;
        return Token().Replace(html, match =>
        {
            if (match.Groups["text"].Success)
            {
                return "";
            }

            if (!match.Groups["tag"].Success)
            {
                return match.Value; // comment, doctype, script or style: kept whole
            }

            var tag = TranslatedAttribute().Replace(match.Value, a => a.Groups["before"].Value + Blank);
            if (!rootSeen && match.Groups["name"].Value.Equals("html", StringComparison.OrdinalIgnoreCase))
            {
                rootSeen = true;
                tag = LangAttribute().Replace(tag, "");
            }

            return tag;
        });
    }

    [GeneratedRegex("""
        (?<comment><!--(?:>|->|[\s\S]*?--!?>))
        |(?<declaration><![^>]*>)
        |(?<raw><(?<rawname>script|style)\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?</\k<rawname>\s*>)
        |(?<tag></?(?<name>[a-zA-Z][^\s/>]*)(?:[^>"']|"[^"]*"|'[^']*')*>)
        |(?<text>(?:[^<]|<(?![a-zA-Z/!]))+)
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.IgnoreCase)]
    private static partial Regex Token();

    [GeneratedRegex("""(?<before>\s(?:title|aria-label|alt|placeholder)\s*=\s*)(?:"[^"]*"|'[^']*'|[^\s"'>]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex TranslatedAttribute();

    [GeneratedRegex("""\slang(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?""", RegexOptions.IgnoreCase)]
    private static partial Regex LangAttribute();
}
