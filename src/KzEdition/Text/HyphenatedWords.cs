using System.Globalization;

namespace KzEdition.Text;

/// <summary>
/// Finds the words of a text as the cleaner counts them: a letter, then letters and combining marks,
/// parts joined by single hyphens (қару-жарақ is one word, НАТО- at a line end is НАТО) — the
/// pattern <c>\p{L}[\p{L}\p{Mn}]*(?:-\p{L}[\p{L}\p{Mn}]*)*</c>; and, for a witness's words, the same
/// with numbers as letters (<c>[\p{L}\p{N}][\p{L}\p{N}\p{Mn}]*(?:-[\p{L}\p{N}][\p{L}\p{N}\p{Mn}]*)*</c>).
/// </summary>
/// <remarks>
/// A walk over the text in place of the regex engine, which was most of a source's vocabulary and a
/// witness's signature: one look at each character's category, none at all for ASCII, no
/// <see cref="System.Text.RegularExpressions.Match"/>. Each pattern is possessive as written (a part
/// is never given back: nothing after it could then match), so the longest run is the match, and the
/// next word is looked for where one ends, as the regex engine does. Categories are .NET's own
/// (<see cref="CharUnicodeInfo"/>), as the regex engine's are.
/// </remarks>
public static class HyphenatedWords
{
    /// <summary>The first word (letters and marks, hyphenated parts joined) at or after <paramref name="from"/>; false when none is left.</summary>
    public static bool NextWord(ReadOnlySpan<char> text, int from, out int start, out int end) =>
        Next(text, from, numbers: false, out start, out end);

    /// <summary>The first word at or after <paramref name="from"/>, numbers taken as letters (1990-жылы is one word); false when none is left.</summary>
    public static bool NextWordOrNumber(ReadOnlySpan<char> text, int from, out int start, out int end) =>
        Next(text, from, numbers: true, out start, out end);

    private static bool Next(ReadOnlySpan<char> text, int from, bool numbers, out int start, out int end)
    {
        var i = from;
        while (i < text.Length && !Starts(text[i], numbers))
        {
            i++;
        }

        start = i;
        if (i == text.Length)
        {
            end = i;
            return false;
        }

        for (i++; ; i += 2)
        {
            while (i < text.Length && Continues(text[i], numbers))
            {
                i++;
            }

            // A hyphen joins a part only when a letter (or number) follows it: "НАТО-" ends at НАТО.
            if (!(i + 1 < text.Length && text[i] == '-' && Starts(text[i + 1], numbers)))
            {
                break;
            }
        }

        end = i;
        return true;
    }

    /// <summary>\p{L}, or [\p{L}\p{N}] with numbers: what a word and each of its parts start with.</summary>
    private static bool Starts(char c, bool numbers) =>
        c < 0x80 ? char.IsAsciiLetter(c) || (numbers && char.IsAsciiDigit(c)) : Starts(CharCategories.Of(c), numbers);

    /// <summary>[\p{L}\p{Mn}], or [\p{L}\p{N}\p{Mn}] with numbers: what goes on a word's part (ASCII has no combining mark).</summary>
    private static bool Continues(char c, bool numbers)
    {
        if (c < 0x80)
        {
            return char.IsAsciiLetter(c) || (numbers && char.IsAsciiDigit(c));
        }

        var category = CharCategories.Of(c);
        return category == UnicodeCategory.NonSpacingMark || Starts(category, numbers);
    }

    private static bool Starts(UnicodeCategory category, bool numbers) =>
        category <= UnicodeCategory.OtherLetter // Lu, Ll, Lt, Lm, Lo
        || (numbers && category is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber);
}
