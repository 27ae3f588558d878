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

    private readonly FrozenSet<string> _upper;
    private readonly FrozenSet<string> _capitalised;
    private readonly FrozenSet<string> _lower;
    private readonly FrozenSet<string> _capitalisedStems;

    private CaseEvidence(HashSet<string> upper, HashSet<string> capitalised, HashSet<string> lower)
    {
        _upper = upper.ToFrozenSet(StringComparer.Ordinal);
        _capitalised = capitalised.ToFrozenSet(StringComparer.Ordinal);
        _lower = lower.ToFrozenSet(StringComparer.Ordinal);
        _capitalisedStems = capitalised.Where(w => w.Length >= StemLength).Select(w => w[..StemLength]).ToFrozenSet(StringComparer.Ordinal);
    }

    public static CaseEvidence From(IEnumerable<string> texts)
    {
        HashSet<string> upper = new(StringComparer.Ordinal), capitalised = new(StringComparer.Ordinal), lower = new(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var line in text.Split('\n'))
            {
                if (SourceCleaner.IsCapitalsLine(line))
                {
                    continue;
                }

                foreach (Match m in Word().Matches(line))
                {
                    var before = line[..m.Index].TrimEnd();
                    if (before.Length == 0 || ".!?…»\"".Contains(before[^1], StringComparison.Ordinal))
                    {
                        continue; // A sentence's first word is capitalised whatever it is.
                    }

                    foreach (var part in m.Value.Split('-'))
                    {
                        var key = TextKey.Fold(part);
                        if (part.Length >= 2 && part.All(c => !char.IsLetter(c) || char.IsUpper(c)))
                        {
                            upper.Add(key);
                        }
                        else if (char.IsUpper(part[0]))
                        {
                            capitalised.Add(key);
                        }
                        else
                        {
                            lower.Add(key);
                        }
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
    public string NormalCase(string capitals)
    {
        var first = true;
        return Word().Replace(capitals.Trim().TrimEnd('.'), m =>
        {
            var parts = m.Value.Split('-').Select(part =>
            {
                var key = TextKey.Fold(part);
                var cased = _upper.Contains(key) && !_lower.Contains(key) ? part
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

    private bool IsCapitalised(string key) =>
        _capitalised.Contains(key) || (!_lower.Contains(key) && key.Length >= StemLength && _capitalisedStems.Contains(key[..StemLength]));

    [GeneratedRegex(@"\p{L}[\p{L}\p{Mn}]*(?:-\p{L}[\p{L}\p{Mn}]*)*")]
    private static partial Regex Word();
}
