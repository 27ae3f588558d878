using System.Collections.Immutable;
using KzEdition.Indexing;

namespace KzEdition.Tests.Indexing.Oracles;

/// <summary>
/// Test-only copy of <see cref="EditionIndexBuilder.FactsOf"/> before it was made faster, over the
/// copied detectors: the oracle the new one is compared with, paragraph for paragraph.
/// </summary>
public static class ParagraphFactsOracle
{
    private const int SentenceLimit = 400;

    public static ParagraphFacts FactsOf(string text)
    {
        var events = ImmutableArray.CreateBuilder<(EventDate, string, int, int, int)>();
        foreach (var date in DateDetectorOracle.Find(text))
        {
            var (start, end) = SentencesOracle.Around(text, date.Start);
            end = Math.Max(end, date.Start + date.Length);
            var (cutStart, cutEnd) = Shorten(start, end, date);
            var (quoteStart, quoteEnd) = AtSpaces(text, start, end, cutStart, cutEnd, date);
            var sentence = (quoteStart > start ? "…" : "") + text[quoteStart..quoteEnd] + (quoteEnd < end ? "…" : "");
            events.Add((date.Date, sentence, date.Start - quoteStart + (quoteStart > start ? 1 : 0), date.Length, date.Start));
        }

        var facts = new ParagraphFacts(
            [.. AcronymDetectorOracle.Find(text)],
            [.. AcronymDetectorOracle.Expansions(text)],
            [.. PersonDetectorOracle.Find(text)],
            events.ToImmutable());
        return facts;
    }

    private static (int Start, int End) Shorten(int start, int end, DateMention date)
    {
        if (end - start <= SentenceLimit)
        {
            return (start, end);
        }

        var half = (SentenceLimit - date.Length) / 2;
        var from = Math.Max(start, date.Start - half);
        var to = Math.Min(end, date.Start + date.Length + half);
        return (from, to);
    }

    private static (int Start, int End) AtSpaces(string text, int start, int end, int from, int to, DateMention date)
    {
        if (from > start)
        {
            var space = text.IndexOf(' ', from, date.Start - from);
            from = space < 0 ? from : space + 1;
        }

        if (to < end)
        {
            var space = text.LastIndexOf(' ', to - 1, to - (date.Start + date.Length));
            to = space < 0 ? to : space;
        }

        return (from, to);
    }
}
