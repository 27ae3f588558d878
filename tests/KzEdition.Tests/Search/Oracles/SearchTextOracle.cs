using System.Text;

namespace KzEdition.Tests.Search.Oracles;

/// <summary>
/// How the stemmers read a word: NFC, stress marks dropped, lower case by a simple per-letter
/// mapping that JavaScript's toLowerCase gives too for Cyrillic and ASCII letters, so the C# and
/// the browser stemmers see the same letters.
/// </summary>
/// <remarks>Test-only copy of the stemmers' word preparation before it was made faster: the oracle the new one is compared with, word for word.</remarks>
public static class SearchTextOracle
{
    private const char CombiningAcute = '\u0301';
    private const char CombiningGrave = '\u0300';

    /// <summary>NFC with stress marks removed; case kept (acronyms are told by it).</summary>
    public static string Prepare(string word)
    {
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

    public static string Lower(string text) => text.ToLowerInvariant();

    public static char Lower(char c) => char.ToLowerInvariant(c);

    /// <summary>Only Cyrillic (U+0400–U+04FF) and ASCII letters: anything else is not a word to stem.</summary>
    public static bool IsAllLetters(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is not (>= '\u0400' and <= '\u04FF') and not (>= 'a' and <= 'z') and not (>= 'A' and <= 'Z'))
            {
                return false;
            }
        }

        return true;
    }
}
