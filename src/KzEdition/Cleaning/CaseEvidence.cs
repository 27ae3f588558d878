using System.Collections.Frozen;
using System.Text.RegularExpressions;
using KzEdition.Text;

namespace KzEdition.Cleaning;

/// <summary>
/// How the corpus's running text writes each word: in capitals (НАТО, ҚР), capitalised
/// (Қазақстан, Турции) or in lower case. Sentence-initial words and lines set in capitals are
/// no evidence. Used to set a title printed in capitals in normal case.
/// </summary>
public sealed partial class CaseEvidence
{
    /// <summary>Inflected forms share at least this many first letters with the form seen.</summary>
    private const int StemLength = 6;

    private readonly FrozenDictionary<string, int> _upper;
    private readonly FrozenDictionary<string, int> _capitalised;
    private readonly FrozenDictionary<string, int> _lower;
    private readonly FrozenSet<string> _capitalisedStems;

    private CaseEvidence(Dictionary<string, int> upper, Dictionary<string, int> capitalised, Dictionary<string, int> lower)
    {
        _upper = upper.ToFrozenDictionary(StringComparer.Ordinal);
        _capitalised = capitalised.ToFrozenDictionary(StringComparer.Ordinal);
        _lower = lower.ToFrozenDictionary(StringComparer.Ordinal);
        _capitalisedStems = capitalised.Keys.Where(w => w.Length >= StemLength && Count(_capitalised, w) > Count(_lower, w)).Select(w => w[..StemLength]).ToFrozenSet(StringComparer.Ordinal);
    }

    public static CaseEvidence From(IEnumerable<string> texts)
    {
        Dictionary<string, int> upper = new(StringComparer.Ordinal), capitalised = new(StringComparer.Ordinal), lower = new(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var line in text.Split('\n'))
            {
                if (SourceCleaner.IsCapitalsLine(line))
                {
                    continue;
                }

                foreach (Match m in WordEvidence.Word().Matches(line))
                {
                    var before = line[..m.Index].TrimEnd();
                    if (before.Length == 0 || ".!?…»«\"“„:–—".Contains(before[^1], StringComparison.Ordinal))
                    {
                        continue; // A sentence's (or quotation's) first word is capitalised whatever it is.
                    }

                    var after = m.Index + m.Length < line.Length ? line[m.Index + m.Length] : ' ';
                    if (m.Value.Length <= 2 && after == '.')
                    {
                        continue; // An initial (С. Хантингтон, Дж. Робертсон) says nothing of the word.
                    }

                    foreach (var part in m.Value.Split('-'))
                    {
                        var key = TextKey.Fold(part);
                        var shape = part.Length >= 2 && part.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? upper
                            : char.IsUpper(part[0]) ? capitalised
                            : lower;
                        shape[key] = shape.GetValueOrDefault(key) + 1;
                    }
                }
            }
        }

        return new CaseEvidence(upper, capitalised, lower);
    }

    /// <summary>
    /// A title set in capitals, in normal case: the first word capitalised, each other word as the
    /// corpus writes it (acronyms in capitals, proper names capitalised), otherwise lower case.
    /// </summary>
    /// <param name="capitalizeFirst">False for the second line of a title printed on two.</param>
    public string NormalCase(string capitals, bool capitalizeFirst = true)
    {
        var first = capitalizeFirst;
        return WordEvidence.Word().Replace(capitals.Trim().TrimEnd('.'), m =>
        {
            var parts = m.Value.Split('-').Select(part =>
            {
                var key = TextKey.Fold(part);
                var cased = Count(_upper, key) > Count(_lower, key) + Count(_capitalised, key) || IsVowelless(key) ? part
                    : IsCapitalised(key) ? char.ToUpperInvariant(key[0]) + key[1..]
                    : key;
                if (first)
                {
                    cased = char.ToUpperInvariant(cased[0]) + cased[1..];
                    first = false;
                }

                return cased;
            });
            return string.Join('-', parts);
        });
    }

    /// <summary>Capitalised when the corpus mostly capitalises it, or (never seen itself) mostly capitalises its stem.</summary>
    private bool IsCapitalised(string key) =>
        Count(_capitalised, key) > Count(_lower, key) ||
        (Count(_lower, key) == 0 && key.Length >= StemLength && _capitalisedStems.Contains(key[..StemLength]));

    private static int Count(FrozenDictionary<string, int> counts, string key) => counts.GetValueOrDefault(key);

    /// <summary>A Cyrillic word of two or more letters with no vowel is an abbreviation (РК, ҚР, СНГ reads as one).</summary>
    private static bool IsVowelless(string key) => key.Length >= 2 && !key.Any(c => "аәеёиіоөуұүыэюяaeiouy".Contains(c, StringComparison.Ordinal));

}
