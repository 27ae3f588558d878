using System.Collections.Immutable;
using System.Text.RegularExpressions;
using KzEdition.Cleaning;
using KzEdition.Tests.Text.Oracles;

namespace KzEdition.Tests.Cleaning.Oracles;

/// <summary>
/// Test-only copy of <see cref="SourceVocabulary.Of"/> as it was before the text-scanning steps
/// were made faster (the lines split, a regex <see cref="Match"/> and strings a word, the text read
/// twice): the oracle the one-pass scanner is compared with. A hyphenated word gives, besides itself,
/// at each hyphen the beginning of the compound (қару-жара…), the part before as a first part
/// (қару-) and the part after as a later part (-жара…), not its parts as words.
/// </summary>
public static partial class SourceVocabularyOracle
{
    public static SourceVocabulary Of(string text) => new(WordsOf(text), CasesOf(text));

    private static ImmutableArray<string> WordsOf(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var previousBroken = false;
        foreach (var line in text.Split('\n'))
        {
            var tokens = Word().Matches(line);
            var end = line.AsSpan().TrimEnd().TrimEnd("-\u2010\u2011").Length;
            var broken = end < line.AsSpan().TrimEnd().Length;
            var wasBroken = previousBroken;
            previousBroken = string.IsNullOrWhiteSpace(line) ? previousBroken : broken;
            for (var i = 0; i < tokens.Count; i++)
            {
                var token = tokens[i];
                var atLineEnd = token.Index + token.Length >= end;
                var brokenAtEnd = i == tokens.Count - 1 && atLineEnd;
                if (brokenAtEnd || (i == 0 && token.Index == 0 && char.IsLower(token.Value[0]) && (!token.Value.Contains('-', StringComparison.Ordinal) || wasBroken)))
                {
                    continue;
                }

                var word = TextKeyOracle.Fold(token.Value);
                words.Add(word);
                var parts = word.Split('-');
                for (var p = 1; p < parts.Length; p++)
                {
                    var part = parts[p];
                    words.Add(string.Join('-', parts[..p]) + "-" + part[..Math.Min(SourceVocabulary.CompoundStartLetters, part.Length)] + SourceVocabulary.CompoundMark);
                    words.Add(parts[p - 1] + "-");
                    words.Add("-" + part[..Math.Min(SourceVocabulary.CompoundStartLetters, part.Length)] + SourceVocabulary.CompoundMark);
                }
            }
        }

        return [.. words.Order(StringComparer.Ordinal)];
    }

    private static ImmutableArray<CaseCount> CasesOf(string text)
    {
        var counts = new Dictionary<string, (int Upper, int Capitalised, int Lower)>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            if (IsCapitalsLine(line))
            {
                continue;
            }

            foreach (var m in Word().EnumerateMatches(line))
            {
                var at = m.Index - 1;
                while (at >= 0 && char.IsWhiteSpace(line[at]))
                {
                    at--;
                }

                if (at < 0 || ".!?…»«\"“„:–—".Contains(line[at], StringComparison.Ordinal))
                {
                    continue;
                }

                var after = m.Index + m.Length < line.Length ? line[m.Index + m.Length] : ' ';
                if (m.Length <= 2 && after == '.')
                {
                    continue;
                }

                foreach (var part in line.Substring(m.Index, m.Length).Split('-'))
                {
                    var key = TextKeyOracle.Fold(part);
                    var count = counts.GetValueOrDefault(key);
                    counts[key] = part.Length >= 2 && part.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? count with { Upper = count.Upper + 1 }
                        : char.IsUpper(part[0]) ? count with { Capitalised = count.Capitalised + 1 }
                        : count with { Lower = count.Lower + 1 };
                }
            }
        }

        return [.. counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new CaseCount(c.Key, c.Value.Upper, c.Value.Capitalised, c.Value.Lower))];
    }

    private static bool IsCapitalsLine(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 4;
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{Mn}]*(?:-\p{L}[\p{L}\p{Mn}]*)*")]
    private static partial Regex Word();
}
