using System.Collections.Immutable;
using KzEdition.Engine.Memo;

namespace KzEdition.Cleaning;

/// <summary>
/// How the collection opens its paragraphs, against how it opens the sentences inside them, for the
/// places where a hard-wrapped layout marks no paragraph starts and the fit test cannot tell
/// (<see cref="ParagraphEnds"/>, <see cref="ParagraphLengths"/>): the signs of each sentence's
/// opening (<see cref="SentenceOpeningSigns"/>), counted after the paragraph ends the layout makes
/// sure of and at the sentences begun inside a line, pooled over every source of the collection. One
/// source has too few sure ends to learn from (13–26 in the real articles): learnt per source, the
/// opening word told ends from sentences no better than chance. The sum of every source's
/// <see cref="SourceVocabulary.Openings"/>, read by queries and updated by one source's difference,
/// like <see cref="WordEvidence"/>.
/// </summary>
public sealed class OpeningEvidence : IObservedValue, IFingerprinted
{
    /// <summary>
    /// Sure paragraph starts needed before the evidence says anything: more than a single source of
    /// the real input gives (13–26), too few for a word's share to mean anything.
    /// </summary>
    private const int ParagraphStartsToLearn = 30;

    /// <summary>Pseudo-counts by which an opening word's shares are drawn towards its share of all sentence starts: a word seen once says little.</summary>
    private const double OpenerShrinkage = 2.0;

    /// <summary>Pseudo-counts for a typographic sign's presence and its absence (Laplace).</summary>
    private const double SignSmoothing = 1.0;

    private readonly int _afterParagraphEnds;
    private readonly int _insideLines;
    private readonly Dictionary<string, (int AfterParagraphEnds, int InsideLines)> _signs;
    private readonly ObservationLog? _log;

    private OpeningEvidence(int afterParagraphEnds, int insideLines, Dictionary<string, (int, int)> signs, ObservationLog? log)
    {
        (_afterParagraphEnds, _insideLines, _signs, _log) = (afterParagraphEnds, insideLines, signs, log);
    }

    /// <summary>A question about the openings with these signs (as the observation log keeps it).</summary>
    private sealed record OpeningQuestion(string Signs);

    public static OpeningEvidence Empty { get; } = new(0, 0, new(StringComparer.Ordinal), null);

    /// <summary>The evidence of these texts, each a source.</summary>
    public static OpeningEvidence From(IEnumerable<string> texts) => From(texts.Select(SourceVocabulary.Of));

    public static OpeningEvidence From(IEnumerable<SourceVocabulary> sources) => Empty.Update([], sources);

    /// <summary>This evidence with some sources taken out and others put in: what <see cref="From(IEnumerable{SourceVocabulary})"/> of the new sources gives.</summary>
    public OpeningEvidence Update(IEnumerable<SourceVocabulary> removed, IEnumerable<SourceVocabulary> added)
    {
        var (afterEnds, insideLines) = (_afterParagraphEnds, _insideLines);
        var signs = new Dictionary<string, (int AfterParagraphEnds, int InsideLines)>(_signs, StringComparer.Ordinal);
        foreach (var (openings, sign) in removed.Select(s => (s.Openings, -1)).Concat(added.Select(s => (s.Openings, +1))))
        {
            afterEnds += sign * openings.AfterParagraphEnds;
            insideLines += sign * openings.InsideLines;
            foreach (var count in openings.Signs)
            {
                var before = signs.GetValueOrDefault(count.Sign);
                var after = (before.AfterParagraphEnds + (sign * count.AfterParagraphEnds), before.InsideLines + (sign * count.InsideLines));
                if (after == (0, 0))
                {
                    signs.Remove(count.Sign);
                }
                else
                {
                    signs[count.Sign] = after;
                }
            }
        }

        return new OpeningEvidence(afterEnds, insideLines, signs, null);
    }

    /// <summary>
    /// The log-likelihood ratio of a paragraph's start against a sentence's start inside a paragraph,
    /// for a sentence opening <paramref name="after"/> once <paramref name="before"/> has closed: the
    /// opening word's and each typographic sign's, summed (naive Bayes). 0 while the collection has too
    /// few sure paragraph ends to learn from.
    /// </summary>
    public double ParagraphStartOdds(string before, string after)
    {
        var signs = SentenceOpeningSigns.Of(before, after).ToImmutableSortedSet(StringComparer.Ordinal);
        var answer = Odds(signs);
        _log?.Add(new OpeningQuestion(string.Join('\n', signs)), answer);
        return answer;
    }

    private double Odds(IReadOnlySet<string> signs)
    {
        if (_afterParagraphEnds < ParagraphStartsToLearn || _insideLines == 0)
        {
            return 0;
        }

        var odds = 0.0;
        var opener = signs.FirstOrDefault(s => s.StartsWith(SentenceOpeningSigns.OpenerPrefix, StringComparison.Ordinal));
        if (opener is not null && _signs.TryGetValue(opener, out var seen))
        {
            // Each share drawn towards the word's share of all the sentence starts seen.
            var pooled = (double)(seen.AfterParagraphEnds + seen.InsideLines) / (_afterParagraphEnds + _insideLines);
            var afterEnds = (seen.AfterParagraphEnds + (OpenerShrinkage * pooled)) / (_afterParagraphEnds + OpenerShrinkage);
            var insideLines = (seen.InsideLines + (OpenerShrinkage * pooled)) / (_insideLines + OpenerShrinkage);
            odds += Math.Log(afterEnds / insideLines);
        }

        foreach (var sign in SentenceOpeningSigns.Typographic)
        {
            var (atEnds, inside) = _signs.GetValueOrDefault(sign);
            var afterEnds = (atEnds + SignSmoothing) / (_afterParagraphEnds + (2 * SignSmoothing));
            var insideLines = (inside + SignSmoothing) / (_insideLines + (2 * SignSmoothing));
            odds += signs.Contains(sign) ? Math.Log(afterEnds / insideLines) : Math.Log((1 - afterEnds) / (1 - insideLines));
        }

        return odds;
    }

    public object ObservedBy(ObservationLog log) => new OpeningEvidence(_afterParagraphEnds, _insideLines, _signs, log);

    public bool Answers(ObservationLog log) =>
        log.Entries.All(e => Odds(((OpeningQuestion)e.Key).Signs.Split('\n').ToHashSet(StringComparer.Ordinal)) == (double)e.Value!);

    /// <summary>The totals and every sign's counts: what an incremental update is checked by (modules read the evidence by queries).</summary>
    public Fingerprint GetFingerprint() =>
        new FingerprintBuilder().Add(_afterParagraphEnds).Add(_insideLines).Add(Fingerprints.Of(_signs)).Build();
}
