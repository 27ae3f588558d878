using System.Globalization;
using System.Text;
using KzEdition.Text;

namespace KzEdition.Tests.Text.Oracles;

/// <summary>
/// Test-only copy of <see cref="WordTokens"/> as it was before the text-scanning steps were made
/// faster (a StringBuilder and a string a token): the oracle the faster tokenizer is compared with,
/// and the tokenizer of the other oracles (the index facts' detectors, the term matcher).
/// </summary>
public static class WordTokensOracle
{
    public static List<WordToken> Split(string text)
    {
        var tokens = new List<WordToken>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && IsWordChar(text[i], start >= 0);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                tokens.Add(new WordToken(start, i - start, KeyOf(text.AsSpan(start, i - start))));
                start = -1;
            }
        }

        return tokens;
    }

    public static string FirstKey(string text) => Split(text) is { Count: > 0 } words ? words[0].Key : "";

    public static string KeyOf(ReadOnlySpan<char> word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(InvariantCase.Lower(c));
            }
        }

        return builder.ToString();
    }

    public static bool IsCapitals(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }

    private static bool IsWordChar(char c, bool inWord) =>
        char.IsLetterOrDigit(c) || (inWord && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark);
}
