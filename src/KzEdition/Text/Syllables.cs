namespace KzEdition.Text;

/// <summary>
/// Where a Kazakh or Russian word may be broken at a line end, as typesetters break it: before the
/// consonant that opens a syllable (ба-ғдар is wrong, бағ-дар right: V-CV, VC-CV, VCC-CV), two letters
/// at least on each side, never inside a word of capitals (an acronym).
/// </summary>
public static class Syllables
{
    /// <summary>Kazakh and Russian vowels (and у, which opens or closes a Kazakh syllable as a vowel does here).</summary>
    private const string Vowels = "аәеёиоөуұүыіэюяАӘЕЁИОӨУҰҮЫІЭЮЯ";

    private static readonly System.Buffers.SearchValues<char> VowelValues = System.Buffers.SearchValues.Create(Vowels);

    /// <summary>The shortest head of the word's leading letters a typesetter could end a line with (its first syllable), or 0 when the word cannot be broken.</summary>
    public static int FirstBreak(ReadOnlySpan<char> word)
    {
        var letters = 0;
        while (letters < word.Length && char.IsLetter(word[letters]))
        {
            letters++;
        }

        var run = word[..letters];
        if (run.Length < 5 || IsCapitals(run[1..]))
        {
            return 0;
        }

        for (var i = 2; i <= run.Length - 2; i++)
        {
            if (!IsVowel(run[i]) && IsVowel(run[i + 1]) && run[i] is not ('ь' or 'ъ') && run[..i].IndexOfAny(VowelValues) >= 0)
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>
    /// Every place a word of letters may be broken at a line end, as offsets into it, in order; how
    /// many were written into <paramref name="breaks"/>. A break falls before a consonant that opens a
    /// syllable (a consonant before a vowel, not ь or ъ), with a vowel before it, two letters at least
    /// before it and three after it (an ending of two letters alone on a line reads badly: -ды, -ға).
    /// A word of capitals (an acronym) has none.
    /// </summary>
    public static int Breaks(ReadOnlySpan<char> word, Span<int> breaks)
    {
        if (word.Length < 5 || IsCapitals(word[1..]))
        {
            return 0;
        }

        var count = 0;
        var vowelBefore = IsVowel(word[0]) || IsVowel(word[1]);
        for (var i = 2; i <= word.Length - 3 && count < breaks.Length; i++)
        {
            if (vowelBefore && !IsVowel(word[i]) && IsVowel(word[i + 1]) && word[i] is not ('ь' or 'ъ' or 'Ь' or 'Ъ'))
            {
                breaks[count++] = i;
            }

            vowelBefore |= IsVowel(word[i]);
        }

        return count;
    }

    private static bool IsVowel(char c) => VowelValues.Contains(c);

    private static bool IsCapitals(ReadOnlySpan<char> letters)
    {
        foreach (var c in letters)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
