using System.Text;

namespace KzEdition.Search;

/// <summary>
/// How the stemmers read a word: NFC, stress marks dropped, lower case by a simple per-letter
/// mapping that JavaScript's toLowerCase gives too for Cyrillic and ASCII letters, so the C# and
/// the browser stemmers see the same letters.
/// </summary>
public static class SearchText
{
    private const char CombiningAcute = '\u0301';
    private const char CombiningGrave = '\u0300';

    /// <summary>NFC with stress marks removed; case kept (acronyms are told by it).</summary>
    public static string Prepare(string word)
    {
        if (IsPlainNfc(word))
        {
            return word; // NFC already, and no combining mark, so no stress mark either
        }

        var text = word.Normalize(NormalizationForm.FormC);
        if (text.IndexOf(CombiningAcute) < 0 && text.IndexOf(CombiningGrave) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is not CombiningAcute and not CombiningGrave)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Whether the text is made only of characters that are NFC each and compose with none of the
    /// others: those below the combining diacritical marks (U+0000–U+02FF: ASCII, Latin-1, Latin
    /// Extended) and the Cyrillic letters (U+0400–U+0482, U+048A–U+04FF; U+0483–U+0489 are combining).
    /// Such a text is its own NFC, so it needs no call into ICU, which costs more than the stemming
    /// of the word. The edition's words are nearly all of it (tested on every character pair).
    /// </summary>
    internal static bool IsPlainNfc(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c >= '\u0300' && (c < '\u0400' || c > '\u04FF' || c is >= '\u0483' and <= '\u0489'))
            {
                return false;
            }
        }

        return true;
    }

    public static string Lower(string text) => Text.InvariantCase.ToLower(text);

    public static char Lower(char c) => Text.InvariantCase.Lower(c);

    /// <summary>Only Cyrillic (U+0400–U+04FF) and ASCII letters: anything else is not a word to stem.</summary>
    public static bool IsAllLetters(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A Cyrillic (U+0400–U+04FF) or ASCII letter: what <see cref="IsAllLetters"/> asks of each character.</summary>
    public static bool IsLetter(char c) => c is >= '\u0400' and <= '\u04FF' or >= 'a' and <= 'z' or >= 'A' and <= 'Z';
}
