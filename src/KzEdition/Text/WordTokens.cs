using System.Globalization;
using System.Text;

namespace KzEdition.Text;

/// <summary>
/// Splits text into runs of letters and digits. Hyphens and dots separate tokens, so НАТО-ның is
/// НАТО + ның and Н.Ә.Назарбаев is Н + Ә + Назарбаев: matchers decide what the separators mean.
/// Combining marks stay inside their word (the stress mark of НА́ТО does not split it).
/// </summary>
public static class WordTokens
{
    public static List<WordToken> Split(string text)
    {
        var tokens = new List<WordToken>();
        for (var position = 0; NextWord(text, ref position, out var start, out var end);)
        {
            tokens.Add(new WordToken(start, end - start, KeyOf(text.AsSpan(start, end - start))));
        }

        return tokens;
    }

    /// <summary>
    /// Where the words of a text are, as <see cref="Split"/> finds them, without their keys: for a
    /// reader that looks at the words themselves and keys only a few (the acronym detector), where
    /// a key a word cost more than the reading.
    /// </summary>
    public static List<(int Start, int End)> Bounds(string text)
    {
        var words = new List<(int Start, int End)>();
        for (var position = 0; NextWord(text, ref position, out var start, out var end);)
        {
            words.Add((start, end));
        }

        return words;
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
                builder.Append(InvariantCase.Lower(c));
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

    /// <summary>The next word from <paramref name="position"/>: a letter or digit, then letters, digits and combining marks.</summary>
    private static bool NextWord(string text, ref int position, out int start, out int end)
    {
        var i = position;
        while (i < text.Length && !IsWordChar(text[i], false))
        {
            i++;
        }

        start = i;
        while (i < text.Length && IsWordChar(text[i], true))
        {
            i++;
        }

        end = position = i;
        return end > start;
    }

    private static bool IsWordChar(char c, bool inWord) =>
        char.IsLetterOrDigit(c) || (inWord && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark);
}
