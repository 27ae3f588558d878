using System.Globalization;
using System.Text;
using KzEdition.Text;

namespace KzEdition.Tests.Indexing.Oracles;

/// <summary>
/// Splits text into runs of letters and digits. Hyphens and dots separate tokens, so НАТО-ның is
/// НАТО + ның and Н.Ә.Назарбаев is Н + Ә + Назарбаев: matchers decide what the separators mean.
/// Combining marks stay inside their word (the stress mark of НА́ТО does not split it).
/// </summary>
/// <remarks>
/// <para>Test-only copy of the word tokens the detectors read before it was made faster: the oracle the new one is compared with, paragraph for paragraph.</para>
/// </remarks>
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

    /// <summary>The key of a text's first word (where a matcher starts looking for a spelling); empty when it has no word.</summary>
    public static string FirstKey(string text) => Split(text) is { Count: > 0 } words ? words[0].Key : "";

    /// <summary>The comparison key of a word: lower case (invariant), combining marks dropped.</summary>
    public static string KeyOf(ReadOnlySpan<char> word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether the word is written in capitals (two letters at least): an acronym's look.</summary>
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
