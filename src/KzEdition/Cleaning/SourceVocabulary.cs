using System.Collections.Immutable;
using System.Text.RegularExpressions;
using KzEdition.Text;

namespace KzEdition.Cleaning;

/// <summary>
/// What one source gives the corpus's evidence: the words it writes whole (for dehyphenation,
/// <see cref="WordEvidence"/>) and how often it writes each in capitals, capitalised or in lower case
/// (<see cref="CaseEvidence"/>). Made once a source; the corpus's evidence is the sum of its
/// sources', so an edit of one source changes the evidence by that source's difference alone.
/// </summary>
/// <param name="Words">The distinct folded words, in ordinal order.</param>
/// <param name="Cases">Each folded word part with its counts, in ordinal order of the key.</param>
public sealed record SourceVocabulary(ImmutableArray<string> Words, ImmutableArray<CaseCount> Cases)
{
    public static SourceVocabulary Of(string text) => new(WordsOf(text), CasesOf(text));

    /// <summary>
    /// The words that stand whole inside lines (a word at a line end may be a split half, so it is no
    /// evidence), lower-cased, with and without their inner hyphens' parts.
    /// </summary>
    private static ImmutableArray<string> WordsOf(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            var tokens = WordEvidence.Word().Matches(line);
            var end = line.AsSpan().TrimEnd().TrimEnd("-\u2010\u2011").Length;
            for (var i = 0; i < tokens.Count; i++)
            {
                var token = tokens[i];
                // A word at the line end, or cut there by a hyphen ("бағдарла-"), may be half a word.
                var atLineEnd = token.Index + token.Length >= end;
                var brokenAtEnd = i == tokens.Count - 1 && atLineEnd;
                if (brokenAtEnd || (i == 0 && token.Index == 0 && char.IsLower(token.Value[0])))
                {
                    continue; // May be the half of a word split across lines.
                }

                var word = TextKey.Fold(token.Value);
                words.Add(word);
                foreach (var part in word.Split('-'))
                {
                    words.Add(part);
                }
            }
        }

        return [.. words.Order(StringComparer.Ordinal)];
    }

    /// <summary>How the running text writes each word part; sentence-initial words, initials and lines set in capitals are no evidence.</summary>
    private static ImmutableArray<CaseCount> CasesOf(string text)
    {
        var counts = new Dictionary<string, (int Upper, int Capitalised, int Lower)>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            if (SourceCleaner.IsCapitalsLine(line))
            {
                continue;
            }

            foreach (var m in WordEvidence.Word().EnumerateMatches(line))
            {
                // The character before the word, spaces skipped (not the line up to it cut out and trimmed:
                // that is quadratic in the length of a line, and web copies hold whole articles on one).
                var at = m.Index - 1;
                while (at >= 0 && char.IsWhiteSpace(line[at]))
                {
                    at--;
                }

                if (at < 0 || ".!?…»«\"“„:–—".Contains(line[at], StringComparison.Ordinal))
                {
                    continue; // A sentence's (or quotation's) first word is capitalised whatever it is.
                }

                var after = m.Index + m.Length < line.Length ? line[m.Index + m.Length] : ' ';
                if (m.Length <= 2 && after == '.')
                {
                    continue; // An initial (С. Хантингтон, Дж. Робертсон) says nothing of the word.
                }

                foreach (var part in line.Substring(m.Index, m.Length).Split('-'))
                {
                    var key = TextKey.Fold(part);
                    var count = counts.GetValueOrDefault(key);
                    counts[key] = part.Length >= 2 && part.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? count with { Upper = count.Upper + 1 }
                        : char.IsUpper(part[0]) ? count with { Capitalised = count.Capitalised + 1 }
                        : count with { Lower = count.Lower + 1 };
                }
            }
        }

        return [.. counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new CaseCount(c.Key, c.Value.Upper, c.Value.Capitalised, c.Value.Lower))];
    }
}
