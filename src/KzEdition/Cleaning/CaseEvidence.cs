using KzEdition.Engine.Memo;
using KzEdition.Text;

namespace KzEdition.Cleaning;

/// <summary>
/// How the corpus's running text writes each word: in capitals (НАТО, ҚР), capitalised
/// (Қазақстан, Турции) or in lower case. Sentence-initial words and lines set in capitals are
/// no evidence. Used to set a title printed in capitals in normal case. The sum of every source's
/// <see cref="SourceVocabulary"/>, read by queries and updated by one source's difference, like
/// <see cref="WordEvidence"/>.
/// </summary>
public sealed class CaseEvidence : IObservedValue, IFingerprinted
{
    /// <summary>Inflected forms share at least this many first letters with the form seen.</summary>
    private const int StemLength = 6;

    private readonly Dictionary<string, (int Upper, int Capitalised, int Lower)> _counts;

    /// <summary>How many words mostly capitalised begin with each stem.</summary>
    private readonly Dictionary<string, int> _capitalisedStems;

    private readonly ObservationLog? _log;

    private CaseEvidence(Dictionary<string, (int, int, int)> counts, Dictionary<string, int> capitalisedStems, ObservationLog? log)
    {
        _counts = counts;
        _capitalisedStems = capitalisedStems;
        _log = log;
    }

    /// <summary>How the corpus writes a word, as a title in capitals is set: as it is (an acronym), capitalised, or in lower case.</summary>
    public enum Case
    {
        Lower,
        Capitalised,
        AsWritten,
    }

    /// <summary>Every word's counts and the stems: what an incremental update is checked by (modules read the evidence by queries).</summary>
    public Fingerprint GetFingerprint() => new FingerprintBuilder().Add(Fingerprints.Of(_counts)).Add(Fingerprints.Of(_capitalisedStems)).Build();

    public static CaseEvidence From(IEnumerable<string> texts) => From(texts.Select(SourceVocabulary.Of));

    public static CaseEvidence From(IEnumerable<SourceVocabulary> sources) =>
        new CaseEvidence(new(StringComparer.Ordinal), new(StringComparer.Ordinal), null).Update([], sources);

    /// <summary>This evidence with some sources taken out and others put in: what <see cref="From(IEnumerable{SourceVocabulary})"/> of the new sources gives.</summary>
    public CaseEvidence Update(IEnumerable<SourceVocabulary> removed, IEnumerable<SourceVocabulary> added)
    {
        var counts = new Dictionary<string, (int Upper, int Capitalised, int Lower)>(_counts, StringComparer.Ordinal);
        var stems = new Dictionary<string, int>(_capitalisedStems, StringComparer.Ordinal);
        foreach (var (source, sign) in removed.Select(s => (s, -1)).Concat(added.Select(s => (s, +1))))
        {
            foreach (var count in source.Cases)
            {
                var before = counts.GetValueOrDefault(count.Key);
                var after = (before.Upper + (sign * count.Upper), before.Capitalised + (sign * count.Capitalised), before.Lower + (sign * count.Lower));
                if (after == (0, 0, 0))
                {
                    counts.Remove(count.Key);
                }
                else
                {
                    counts[count.Key] = after;
                }

                var (was, now) = (MostlyCapitalised(count.Key, before), MostlyCapitalised(count.Key, after));
                if (was != now)
                {
                    var stem = count.Key[..StemLength];
                    var stemCount = stems.GetValueOrDefault(stem) + (now ? 1 : -1);
                    if (stemCount > 0)
                    {
                        stems[stem] = stemCount;
                    }
                    else
                    {
                        stems.Remove(stem);
                    }
                }
            }
        }

        return new CaseEvidence(counts, stems, null);
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
                var cased = CaseOf(key) switch
                {
                    Case.AsWritten => part,
                    Case.Capitalised => char.ToUpperInvariant(key[0]) + key[1..],
                    _ => key,
                };
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

    /// <summary>How a word (folded) is set: as written when the corpus writes it in capitals more than otherwise or it has no vowel (РК), capitalised when it mostly capitalises it (or, never seen itself, its stem), else in lower case.</summary>
    public Case CaseOf(string key)
    {
        var answer = Decide(key);
        _log?.Add(key, answer);
        return answer;
    }

    /// <summary>
    /// How often the corpus's running text writes a word (folded) in capitals, capitalised and in
    /// lower case, where it stands inside a sentence: whether a capital is the word's own (a name) or
    /// a sentence's start (<see cref="RunInHeadings"/>).
    /// </summary>
    public CaseCount InsideSentences(string key)
    {
        var answer = InsideSentencesUnlogged(key);
        _log?.Add(new CountQuestion(key), answer);
        return answer;
    }

    public object ObservedBy(ObservationLog log) => new CaseEvidence(_counts, _capitalisedStems, log);

    public bool Answers(ObservationLog log) => log.Entries.All(e => e.Key is CountQuestion question
        ? InsideSentencesUnlogged(question.Key) == (CaseCount)e.Value!
        : Decide((string)e.Key) == (Case)e.Value!);

    private CaseCount InsideSentencesUnlogged(string key)
    {
        var (upper, capitalised, lower) = _counts.GetValueOrDefault(key);
        return new CaseCount(key, upper, capitalised, lower);
    }

    /// <summary>A question about a word's counts (as the observation log keeps it, apart from questions about its case).</summary>
    private sealed record CountQuestion(string Key);

    private Case Decide(string key)
    {
        var (upper, capitalised, lower) = _counts.GetValueOrDefault(key);
        if (upper > lower + capitalised || IsVowelless(key))
        {
            return Case.AsWritten;
        }

        return capitalised > lower || (lower == 0 && key.Length >= StemLength && _capitalisedStems.ContainsKey(key[..StemLength]))
            ? Case.Capitalised
            : Case.Lower;
    }

    private static bool MostlyCapitalised(string key, (int Upper, int Capitalised, int Lower) count) =>
        key.Length >= StemLength && count.Capitalised > count.Lower;

    /// <summary>A Cyrillic word of two or more letters with no vowel is an abbreviation (РК, ҚР, СНГ reads as one).</summary>
    private static bool IsVowelless(string key) => key.Length >= 2 && !key.Any(c => "аәеёиіоөуұүыэюяaeiouy".Contains(c, StringComparison.Ordinal));
}
