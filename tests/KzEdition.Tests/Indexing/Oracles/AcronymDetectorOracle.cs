using System.Globalization;
using System.Text;
using KzEdition.Text;
using KzEdition.Tests.Text.Oracles;

namespace KzEdition.Tests.Indexing.Oracles;

/// <summary>
/// Finds the acronyms of a text for the automatic glossary: words of two to seven capitals
/// (НАТО, ИПАП, ЕАӘК, ISAF), with or without a case ending (НАТО-ның, АҚШ-тың), and the
/// expansions texts give them in the usual way, "Ұжымдық қауіпсіздік туралы шарт ұйымы (ҰҚШҰ)".
/// </summary>
/// <remarks>
/// <para>Test-only copy of the acronym detector before it was made faster: the oracle the new one is compared with, paragraph for paragraph.</para>
/// Not acronyms: Roman numerals (ХХ, XXI, in Latin or look-alike Cyrillic letters), and words of
/// a paragraph set in capitals (a heading or a shouted line, not a run of acronyms).
/// </remarks>
public static class AcronymDetectorOracle
{
    private const int MaxLetters = 7;

    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create(".;:!?()«»\"");

    /// <summary>Words an expansion may contain without giving the acronym a letter.</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "және", "мен", "пен", "бен", "туралы", "жөніндегі", "бойынша", "арасындағы", "и", "по", "в", "для", "of", "and", "the", "for", "on", "in",
    };

    /// <summary>The acronyms mentioned in <paramref name="text"/>, as written (stress marks removed), in order.</summary>
    public static IEnumerable<string> Find(string text)
    {
        var tokens = WordTokensOracle.Split(text);
        if (MostlyCapitals(text, tokens))
        {
            yield break;
        }

        foreach (var token in tokens)
        {
            var word = Plain(text.AsSpan(token.Start, token.Length));
            if (IsAcronym(word))
            {
                yield return word;
            }
        }
    }

    /// <summary>Whether a word looks like an acronym: 2–7 capital letters, not a Roman numeral.</summary>
    public static bool IsAcronym(string word) =>
        word.Length is >= 2 and <= MaxLetters
        && word.All(char.IsLetter)
        && WordTokensOracle.IsCapitals(word)
        && !word.All(c => c is 'I' or 'V' or 'X' or 'L' or 'C' or 'D' or 'M' or 'Х' or 'І');

    /// <summary>Expansions given in the text: the words before "(ACR)" whose initials spell ACR.</summary>
    public static IEnumerable<(string Acronym, string Expansion)> Expansions(string text)
    {
        var tokens = WordTokensOracle.Split(text);
        for (var i = 1; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var acronym = Plain(text.AsSpan(token.Start, token.Length));
            if (!IsAcronym(acronym) || token.Start == 0 || text[token.Start - 1] != '(')
            {
                continue;
            }

            if (ExpansionBefore(text, tokens, i, acronym) is { } expansion)
            {
                yield return (acronym, expansion);
            }
        }
    }

    /// <summary>Walks back from "(" matching the acronym's letters, last first, to the initials of the words (and of the parts of hyphenated words).</summary>
    private static string? ExpansionBefore(string text, List<WordToken> tokens, int acronymIndex, string acronym)
    {
        var letters = acronym.ToLowerInvariant();
        var need = letters.Length - 1;
        var open = tokens[acronymIndex].Start - 1;
        int? first = null;
        for (var j = acronymIndex - 1; j >= 0 && need >= 0; j--)
        {
            var word = tokens[j];
            var gap = text.AsSpan(word.End, (j == acronymIndex - 1 ? open : tokens[j + 1].Start) - word.End);
            if (gap.IndexOfAny(ClauseEnds) >= 0)
            {
                return null; // The expansion ends at the sentence or clause.
            }

            if (FunctionWords.Contains(word.Key))
            {
                continue;
            }

            if (word.Key[0] != letters[need])
            {
                return null;
            }

            need--;
            first = word.Start;
        }

        return need < 0 && first is { } start ? text[start..open].TrimEnd() : null;
    }

    private static bool MostlyCapitals(string text, List<WordToken> tokens)
    {
        var words = tokens.Count(t => t.Length > 1 && char.IsLetter(text[t.Start]));
        var capitals = tokens.Count(t => t.Length > 1 && WordTokensOracle.IsCapitals(text.AsSpan(t.Start, t.Length)));
        return words >= 4 && capitals * 2 > words;
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
