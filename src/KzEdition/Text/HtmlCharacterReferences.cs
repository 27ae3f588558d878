using System.Diagnostics.CodeAnalysis;
using System.Text;
using AngleSharp.Html;

namespace KzEdition.Text;

/// <summary>
/// HTML character references as a parser reads them (HTML 13.2.5.72–80): where a reference that
/// starts at an ampersand ends and the characters it stands for. Named references are looked up
/// in AngleSharp's table, numeric ones mapped as AngleSharp maps them (the windows-1252 table for
/// 0x80–0x9F, U+FFFD for surrogates and numbers past U+10FFFF), so that what is decoded here is what
/// the parsers that read the pages (AngleSharp in the tests, browsers) decode.
/// </summary>
public static class HtmlCharacterReferences
{
    /// <summary>The longest name in the table, CounterClockwiseContourIntegral, without its semicolon.</summary>
    private const int LongestName = 31;

    /// <summary>Numbers are read up to this value and no further: anything above U+10FFFF reads as U+FFFD.</summary>
    private const int PastUnicode = 0x110000;

    /// <summary>
    /// Reads the reference that starts at <paramref name="ampersand"/>, if one does: its
    /// <paramref name="length"/> in <paramref name="text"/> (ampersand and semicolon included) and the
    /// characters it stands for. False when the ampersand is a plain character (HTML 13.2.5.72).
    /// </summary>
    public static bool TryRead(ReadOnlySpan<char> text, int ampersand, bool inAttribute, out int length, [NotNullWhen(true)] out string? value)
    {
        length = 0;
        value = null;
        var next = ampersand + 1;
        if (next >= text.Length)
        {
            return false;
        }

        if (text[next] == '#')
        {
            return TryReadNumber(text, ampersand, out length, out value);
        }

        if (!char.IsAsciiLetterOrDigit(text[next]))
        {
            return false;
        }

        // 13.2.5.73 Named character reference state: the longest name of the table. Names end in
        // ';' save the legacy ones (&amp, &copy, &not …), so a name with its semicolon is tried
        // first, then shorter and shorter names without one.
        var end = next;
        while (end < text.Length && end - next < LongestName && char.IsAsciiLetterOrDigit(text[end]))
        {
            end++;
        }

        if (end < text.Length && text[end] == ';' && Lookup(text[next..(end + 1)]) is { } named)
        {
            (length, value) = (end + 1 - ampersand, named);
            return true;
        }

        for (var stop = end; stop > next; stop--)
        {
            if (Lookup(text[next..stop]) is not { } legacy)
            {
                continue;
            }

            // "For historical reasons": in an attribute, &amp= and &ampx stay as written.
            if (inAttribute && stop < text.Length && (text[stop] == '=' || char.IsAsciiLetterOrDigit(text[stop])))
            {
                return false;
            }

            (length, value) = (stop - ampersand, legacy);
            return true;
        }

        return false;
    }

    /// <summary>The text a parser reads from <paramref name="escaped"/>: every reference replaced by its characters.</summary>
    public static string Decode(ReadOnlySpan<char> escaped, bool inAttribute)
    {
        var decoded = new StringBuilder(escaped.Length);
        var i = 0;
        while (escaped[i..].IndexOf('&') is var ahead and >= 0)
        {
            decoded.Append(escaped.Slice(i, ahead));
            i += ahead;
            if (TryRead(escaped, i, inAttribute, out var length, out var value))
            {
                decoded.Append(value);
                i += length;
            }
            else
            {
                decoded.Append('&');
                i++;
            }
        }

        return decoded.Append(escaped[i..]).ToString();
    }

    /// <summary>13.2.5.75–80: &amp;#1179; and &amp;#x49B; (the semicolon may be missing).</summary>
    private static bool TryReadNumber(ReadOnlySpan<char> text, int ampersand, out int length, [NotNullWhen(true)] out string? value)
    {
        length = 0;
        value = null;
        var i = ampersand + 2;
        var hex = i < text.Length && text[i] is 'x' or 'X';
        if (hex)
        {
            i++;
        }

        var digits = i;
        var code = 0;
        while (i < text.Length && (hex ? char.IsAsciiHexDigit(text[i]) : char.IsAsciiDigit(text[i])))
        {
            code = Math.Min(code * (hex ? 16 : 10) + HexValue(text[i]), PastUnicode);
            i++;
        }

        if (i == digits)
        {
            return false; // "&#" or "&#x" with no digit: the ampersand is a plain character
        }

        if (i < text.Length && text[i] == ';')
        {
            i++;
        }

        length = i - ampersand;
        value = HtmlEntityProvider.IsInCharacterTable(code) ? HtmlEntityProvider.GetSymbolFromTable(code)!
            : HtmlEntityProvider.IsInvalidNumber(code) ? "\uFFFD"
            : char.ConvertFromUtf32(code);
        return true;
    }

    private static int HexValue(char digit) => digit <= '9' ? digit - '0' : (digit | 0x20) - 'a' + 10;

    private static string? Lookup(ReadOnlySpan<char> name) => HtmlEntityProvider.Resolver.GetSymbol(name.ToString());
}
