using System.Globalization;
using System.Text;
using KzEdition.Text;

namespace KzEdition.Indexing;

/// <summary>
/// Finds the acronyms of a text for the automatic glossary: words of two to seven capitals
/// (НАТО, ИПАП, ЕАӘК, ISAF), with or without a case ending (НАТО-ның, АҚШ-тың), and the
/// expansions texts give them in the usual way, "Ұжымдық қауіпсіздік туралы шарт ұйымы (ҰҚШҰ)".
/// </summary>
/// <remarks>
/// Not acronyms: Roman numerals (ХХ, XXI, in Latin or look-alike Cyrillic letters), and words of
/// a paragraph set in capitals (a heading or a shouted line, not a run of acronyms).
/// </remarks>
public static class AcronymDetector
{
    private const int MaxLetters = 7;

    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create(".;:!?()«»\"");

    /// <summary>Words an expansion may contain without giving the acronym a letter.</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "және", "мен", "пен", "бен", "туралы", "жөніндегі", "бойынша", "арасындағы", "и", "по", "в", "для", "of", "and", "the", "for", "on", "in",
    };

    /// <summary>The acronyms mentioned in <paramref name="text"/>, as written (stress marks removed), in order.</summary>
    public static IEnumerable<string> Find(string text) => Find(text, WordTokens.Bounds(text));

    /// <summary>As <see cref="Find(string)"/>, over the text's words found once (<see cref="WordTokens.Bounds"/>) for the acronyms and their expansions both.</summary>
    internal static List<string> Find(string text, List<(int Start, int End)> words)
    {
        var acronyms = new List<string>();
        if (MostlyCapitals(text, words))
        {
            return acronyms;
        }

        foreach (var (start, end) in words)
        {
            var word = text.AsSpan(start, end - start);
            if (IsAcronymWritten(word))
            {
                acronyms.Add(Plain(word));
            }
        }

        return acronyms;
    }

    /// <summary>Whether a word looks like an acronym: 2–7 capital letters, not a Roman numeral.</summary>
    public static bool IsAcronym(string word) =>
        word.Length is >= 2 and <= MaxLetters
        && word.All(char.IsLetter)
        && WordTokens.IsCapitals(word)
        && !word.All(c => c is 'I' or 'V' or 'X' or 'L' or 'C' or 'D' or 'M' or 'Х' or 'І');

    /// <summary>Expansions given in the text: the words before "(ACR)" whose initials spell ACR.</summary>
    public static IEnumerable<(string Acronym, string Expansion)> Expansions(string text) => Expansions(text, WordTokens.Bounds(text));

    /// <summary>As <see cref="Expansions(string)"/>, over the text's words found once (<see cref="WordTokens.Bounds"/>).</summary>
    internal static List<(string Acronym, string Expansion)> Expansions(string text, List<(int Start, int End)> words)
    {
        var expansions = new List<(string Acronym, string Expansion)>();
        for (var i = 1; i < words.Count; i++)
        {
            var (start, end) = words[i];
            if (text[start - 1] != '(' || !IsAcronymWritten(text.AsSpan(start, end - start)))
            {
                continue;
            }

            var acronym = Plain(text.AsSpan(start, end - start));
            if (ExpansionBefore(text, words, i, acronym) is { } expansion)
            {
                expansions.Add((acronym, expansion));
            }
        }

        return expansions;
    }

    /// <summary>
    /// Whether a word as written is an acronym once its combining marks are dropped, as
    /// <c>IsAcronym(Plain(word))</c> says, without making that string: every letter a capital
    /// (a capital is a letter), two to seven of them, not all Roman-numeral letters. Nearly every
    /// word fails at its first letter.
    /// </summary>
    private static bool IsAcronymWritten(ReadOnlySpan<char> word)
    {
        var letters = 0;
        var roman = true;
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                letters++;
                roman &= c is 'I' or 'V' or 'X' or 'L' or 'C' or 'D' or 'M' or 'Х' or 'І';
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                return false;
            }
        }

        return letters is >= 2 and <= MaxLetters && !roman;
    }

    /// <summary>Walks back from "(" matching the acronym's letters, last first, to the initials of the words (and of the parts of hyphenated words).</summary>
    private static string? ExpansionBefore(string text, List<(int Start, int End)> words, int acronymIndex, string acronym)
    {
        var letters = acronym.ToLowerInvariant();
        var need = letters.Length - 1;
        var open = words[acronymIndex].Start - 1;
        int? first = null;
        for (var j = acronymIndex - 1; j >= 0 && need >= 0; j--)
        {
            var (start, end) = words[j];
            var gap = text.AsSpan(end, (j == acronymIndex - 1 ? open : words[j + 1].Start) - end);
            if (gap.IndexOfAny(ClauseEnds) >= 0)
            {
                return null; // The expansion ends at the sentence or clause.
            }

            var key = WordTokens.KeyOf(text.AsSpan(start, end - start));
            if (FunctionWords.Contains(key))
            {
                continue;
            }

            if (key[0] != letters[need])
            {
                return null;
            }

            need--;
            first = start;
        }

        return need < 0 && first is { } from ? text[from..open].TrimEnd() : null;
    }

    private static bool MostlyCapitals(string text, List<(int Start, int End)> words)
    {
        var letterWords = 0;
        var capitals = 0;
        foreach (var (start, end) in words)
        {
            if (end - start > 1)
            {
                letterWords += char.IsLetter(text[start]) ? 1 : 0;
                capitals += WordTokens.IsCapitals(text.AsSpan(start, end - start)) ? 1 : 0;
            }
        }

        return letterWords >= 4 && capitals * 2 > letterWords;
    }

    private static string Plain(ReadOnlySpan<char> word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
