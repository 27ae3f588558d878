using System.Collections.Frozen;
using KzEdition.Indexing;
using KzEdition.Tests.Text.Oracles;
using KzEdition.Text;

namespace KzEdition.Tests.Indexing.Oracles;

/// <summary>
/// Test-only copy of <see cref="TermMatcher"/> as it was before the text-scanning steps were made
/// faster (a string a token key and a substring a stem tried, endings checked as lists of strings):
/// the oracle the faster matcher is compared with, on the real corpus and on generated text.
/// </summary>
public sealed class TermMatcherOracle
{
    /// <param name="RussianStem">A Russian noun's stem without its last letter (Турци of Турция): a mention in Russian text only, and only with an ending.</param>
    private sealed record Spelling(string[] Words, bool Capitals, bool Capitalised, string Entry, bool RussianStem = false);

    /// <summary>How long a Russian noun in -а/-я must be for its stem without that letter to be looked for (Турция, Европа; not Рига).</summary>
    private const int ShortestRussianNoun = 5;

    private readonly FrozenDictionary<string, Spelling[]> _byFirstWord;
    private readonly int _longestWord;

    /// <param name="spellings">Each spelling and the key of the entry it names.</param>
    public TermMatcherOracle(IEnumerable<(string Spelling, string Entry)> spellings)
    {
        var all = new List<Spelling>();
        foreach (var (text, entry) in spellings)
        {
            var words = WordTokensOracle.Split(text);
            if (words.Count == 0)
            {
                continue;
            }

            var first = text.AsSpan(words[0].Start, words[0].Length);
            var spelling = new Spelling(
                [.. words.Select(w => w.Key)],
                words.All(w => WordTokensOracle.IsCapitals(text.AsSpan(w.Start, w.Length))),
                char.IsUpper(first[0]),
                entry);
            all.Add(spelling);

            // A Russian noun in -а/-я declines by its last letter (Турция: Турции, Турцией; Европа:
            // Европе), which the endings after a whole word do not reach: its stem is looked for too.
            if (spelling.Words is [{ Length: >= ShortestRussianNoun } word] && !spelling.Capitals && word[^1] is 'а' or 'я')
            {
                all.Add(spelling with { Words = [word[..^1]], RussianStem = true });
            }
        }

        _byFirstWord = all
            .GroupBy(s => s.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(s => s.Words.Length).ThenBy(s => s.Entry, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        _longestWord = all.Count == 0 ? 0 : all.Max(s => s.Words[0].Length);
    }

    public bool IsEmpty => _byFirstWord.Count == 0;

    /// <summary>Every mention in <paramref name="text"/>, in order, none overlapping.</summary>
    public List<TermMatch> Matches(string text, string lang)
    {
        var matches = new List<TermMatch>();
        if (IsEmpty)
        {
            return matches;
        }

        var tokens = WordTokensOracle.Split(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Longest(text, tokens, i, lang) is { } found)
            {
                matches.Add(found.Match);
                i = found.LastToken;
            }
        }

        return matches;
    }

    private (TermMatch Match, int LastToken)? Longest(string text, List<WordToken> tokens, int i, string lang)
    {
        (TermMatch Match, int LastToken)? best = null;
        var key = tokens[i].Key;

        // The first word may itself be the inflected one (a one-word spelling): try each stem of it.
        for (var stem = Math.Min(key.Length, _longestWord); stem >= Math.Max(1, key.Length - NominalEndingsOracle.MaxLength); stem--)
        {
            if (!_byFirstWord.TryGetValue(stem == key.Length ? key : key[..stem], out var candidates))
            {
                continue;
            }

            foreach (var spelling in candidates)
            {
                if (Fit(text, tokens, i, spelling, stem, lang) is { } fit && (best is null || fit.Match.Length > best.Value.Match.Length))
                {
                    best = fit;
                }
            }
        }

        return best;
    }

    private static (TermMatch Match, int LastToken)? Fit(string text, List<WordToken> tokens, int i, Spelling spelling, int firstStem, string lang)
    {
        var n = spelling.Words.Length;
        if (i + n > tokens.Count || (n > 1 && firstStem != tokens[i].Key.Length))
        {
            return null;
        }

        for (var k = 1; k < n; k++)
        {
            var word = tokens[i + k];
            if (!IsJoint(text, tokens[i + k - 1].End, word.Start))
            {
                return null;
            }

            var last = k == n - 1;
            if (!(word.Key == spelling.Words[k] || (last && word.Key.StartsWith(spelling.Words[k], StringComparison.Ordinal))))
            {
                return null;
            }
        }

        var lastToken = tokens[i + n - 1];
        var lastStem = n == 1 ? firstStem : spelling.Words[^1].Length;

        // A stem ending inside a word needs the rest to be an inflection, and the word to look like the spelling.
        var inflected = lastStem < lastToken.Key.Length;
        if (spelling.RussianStem && (lang != "ru" || !inflected))
        {
            return null;
        }

        // A name of several words whose last ends in the possessive (ынтымақтастық кеңесі) takes the case endings after one (кеңесі·не).
        var possessed = lang != "ru" && n > 1 && lastStem == spelling.Words[^1].Length && spelling.Words[^1].Length >= 3 && spelling.Words[^1][^1] is 'ы' or 'і';
        if (inflected && !NominalEndingsOracle.IsInflection(lastToken.Key.AsSpan(lastStem), lang)
            && !(possessed && NominalEndingsOracle.IsInflectionAfterPossessive(lastToken.Key.AsSpan(lastStem))))
        {
            return null;
        }

        var stemEnd = inflected ? TextIndexOf(text, lastToken, lastStem) : lastToken.End;

        var surface = text.AsSpan(tokens[i].Start, stemEnd - tokens[i].Start);
        if (spelling.Capitals && !WordTokensOracle.IsCapitals(surface))
        {
            return null;
        }

        if (spelling.Capitalised && !char.IsUpper(text[tokens[i].Start]))
        {
            return null;
        }

        // НАТО-ның, ISAF-тың: an ending after a hyphen belongs to the mention.
        var end = lastToken.End;
        var lastIndex = i + n - 1;
        if (!inflected && lastIndex + 1 < tokens.Count)
        {
            var next = tokens[lastIndex + 1];
            if (next.Start == end + 1 && text[end] is '-' or '‑' && NominalEndingsOracle.IsInflection(next.Key, lang) && char.IsLower(text[next.Start]))
            {
                end = next.End;
                lastIndex++;
            }
        }

        return (new TermMatch(tokens[i].Start, end - tokens[i].Start, stemEnd - tokens[i].Start, spelling.Entry), lastIndex);
    }

    /// <summary>Where in the text the first <paramref name="keyLength"/> letters of a token's key end (the key has no stress marks).</summary>
    private static int TextIndexOf(string text, WordToken token, int keyLength)
    {
        var index = token.Start;
        for (var letters = 0; letters < keyLength; index++)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(text[index]) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                letters++;
            }
        }

        return index;
    }

    /// <summary>Whether the gap between two words of one name is only spaces, dots or a hyphen (Н.Ә. Назарбаев, Еуро-Атлантикалық).</summary>
    private static bool IsJoint(string text, int from, int to)
    {
        if (to - from is < 1 or > 3)
        {
            return false;
        }

        for (var c = from; c < to; c++)
        {
            if (text[c] is not (' ' or '.' or '-' or '‑'))
            {
                return false;
            }
        }

        return true;
    }
}
