using System.Buffers;
using System.Globalization;

namespace KzEdition.Text;

/// <summary>
/// Splits text into runs of letters and digits. Hyphens and dots separate tokens, so НАТО-ның is
/// НАТО + ның and Н.Ә.Назарбаев is Н + Ә + Назарбаев: matchers decide what the separators mean.
/// Combining marks stay inside their word (the stress mark of НА́ТО does not split it).
/// </summary>
public static class WordTokens
{
    /// <summary>Keys this long or shorter are made on the stack; a longer one (a run of letters in garbage) in a rented array.</summary>
    private const int StackKey = 256;

    public static List<WordToken> Split(string text)
    {
        var tokens = new List<WordToken>();
        char[]? rented = null;
        var key = text.Length <= StackKey ? stackalloc char[StackKey] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        for (var at = 0; NextWord(text, at, key, out var start, out var end, out var keyLength); at = end)
        {
            tokens.Add(new WordToken(start, end - start, new string(key[..keyLength])));
        }

        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return tokens;
    }

    /// <summary>
    /// Where the words of a text are, as <see cref="Split"/> finds them, without their keys as strings:
    /// for a reader that looks at the words themselves and keys only a few (the acronym detector).
    /// </summary>
    public static List<(int Start, int End)> Bounds(string text)
    {
        var words = new List<(int Start, int End)>();
        char[]? rented = null;
        var key = text.Length <= StackKey ? stackalloc char[StackKey] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        for (var at = 0; NextWord(text, at, key, out var start, out var end, out _); at = end)
        {
            words.Add((start, end));
        }

        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return words;
    }

    /// <summary>The key of a text's first word (where a matcher starts looking for a spelling); empty when it has no word.</summary>
    public static string FirstKey(string text)
    {
        var key = text.Length <= StackKey ? stackalloc char[StackKey] : new char[text.Length];
        return NextWord(text, 0, key, out _, out _, out var keyLength) ? new string(key[..keyLength]) : "";
    }

    /// <summary>The comparison key of a word: lower case (invariant), combining marks dropped.</summary>
    public static string KeyOf(ReadOnlySpan<char> word)
    {
        char[]? rented = null;
        var key = word.Length <= StackKey ? stackalloc char[StackKey] : (rented = ArrayPool<char>.Shared.Rent(word.Length));
        var length = 0;
        foreach (var c in word)
        {
            if (CharCategories.Of(c) != UnicodeCategory.NonSpacingMark)
            {
                key[length++] = InvariantCase.Lower(c);
            }
        }

        var result = new string(key[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    /// <summary>
    /// The first word of <paramref name="text"/> at or after <paramref name="from"/>, as <see cref="Split"/>
    /// finds it, with its key (<see cref="KeyOf"/>) written to the start of <paramref name="key"/>, which
    /// must hold the word. False when no word is left. The tokenizer of <see cref="Split"/>, and of the
    /// term matcher, which keeps every key of a text in one buffer rather than a string a word.
    /// </summary>
    internal static bool NextWord(ReadOnlySpan<char> text, int from, Span<char> key, out int start, out int end, out int keyLength)
    {
        var i = from;
        while (i < text.Length && !char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        start = i;
        keyLength = 0;
        for (; i < text.Length; i++)
        {
            // One look at a character's category (none for ASCII, which has no combining mark).
            var c = text[i];
            if (c < 0x80)
            {
                if (!char.IsAsciiLetterOrDigit(c))
                {
                    break;
                }

                key[keyLength++] = InvariantCase.Lower(c);
                continue;
            }

            var category = CharCategories.Of(c);
            if (category is <= UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber)
            {
                key[keyLength++] = InvariantCase.Lower(c); // char.IsLetterOrDigit: Lu, Ll, Lt, Lm, Lo, Nd
            }
            else if (category != UnicodeCategory.NonSpacingMark)
            {
                break; // A combining mark stays inside the word (and out of its key); anything else ends it.
            }
        }

        end = i;
        return end > start;
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
}
