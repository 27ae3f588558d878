using System.Globalization;

namespace KzEdition.Cleaning;

/// <summary>
/// Where a hard-wrapped layout marks no paragraph starts, a paragraph whose last line is full looks
/// just like a sentence ending at a line's end inside one: the fit test cannot tell them, and the
/// cleaner reads such places as one paragraph. The source's own paragraphs can: their lengths, as
/// the paragraph ends the cleaner did find cut the paragraphs known whole, say how long a
/// paragraph of this text runs.
/// Among the undecided places of a stretch between two ends found, the cut (or none) is chosen
/// whose paragraphs' lengths are likeliest under that distribution (log-normal, fitted to the
/// source): a stretch three paragraphs long is cut where its pieces come nearest a paragraph's
/// length, one a paragraph long is left whole. Each cut also adds the log odds, from how the whole
/// collection opens its paragraphs (<see cref="OpeningEvidence"/>), that the sentence after it opens
/// one. Every cut made so is weak evidence, and flagged.
/// </summary>
internal static class ParagraphLengths
{
    /// <summary>The paragraphs known whole needed to learn the source's paragraph lengths from.</summary>
    private const int StretchesToLearn = 8;

    /// <summary>The narrowest spread of the log lengths allowed: a handful of paragraphs of like length must not make every other length impossible.</summary>
    private const double LeastSpread = 0.3;

    /// <summary>A piece shorter than this is no paragraph of running text (it is scored as this long).</summary>
    private const int ShortestPiece = 20;

    /// <summary>
    /// A text line's length and whether a paragraph ends after it, goes on, or is undecided (a sentence
    /// ends there, and nothing tells); at an undecided place, the log odds that the next sentence opens a
    /// paragraph, as the collection opens its paragraphs (<see cref="OpeningEvidence"/>; 0 where it cannot tell).
    /// </summary>
    internal readonly record struct Line(int Length, bool Ends, bool Undecided, double OpeningOdds = 0);

    /// <summary>The undecided lines (by their index in <paramref name="lines"/>) after which the source's paragraph lengths put an end, with the lengths that make the case.</summary>
    public static Dictionary<int, string> Cuts(IReadOnlyList<Line> lines)
    {
        var cuts = new Dictionary<int, string>();
        var stretches = Stretches(lines);

        // Learnt from the stretches with no undecided place: paragraphs known whole. (The others would
        // teach paragraphs longer than they are, being two or more where an end was missed.)
        var whole = stretches.Where(s => s.Undecided.Count == 0).ToList();
        if (whole.Count < StretchesToLearn || whole.Count == stretches.Count)
        {
            return cuts;
        }

        var logs = whole.Select(s => Math.Log(Math.Max(ShortestPiece, s.Length))).ToList();
        var mean = logs.Average();
        var spread = Math.Max(LeastSpread, Math.Sqrt(logs.Average(l => (l - mean) * (l - mean))));
        var typical = (int)Math.Round(Math.Exp(mean));
        foreach (var stretch in stretches.Where(s => s.Undecided.Count > 0))
        {
            // Best cut of the stretch up to each place (offsets: 0, the undecided places, the stretch's end), by dynamic programming:
            // a piece's score is its log length's distance from the mean, squared; the pieces' scores add up.
            var offsets = new List<int> { 0 };
            offsets.AddRange(stretch.Undecided.Select(u => u.Offset));
            offsets.Add(stretch.Length);
            var best = new double[offsets.Count];
            var from = new int[offsets.Count];
            for (var j = 1; j < offsets.Count; j++)
            {
                best[j] = double.NegativeInfinity;
                for (var i = 0; i < j; i++)
                {
                    // A cut at an undecided place (not the stretch's end) adds the log odds of a paragraph's start there:
                    // the lengths' score is a log likelihood too, so the two are weighed on one scale.
                    var opening = j < offsets.Count - 1 ? stretch.Undecided[j - 1].OpeningOdds : 0;
                    var score = best[i] + Score(offsets[j] - offsets[i], mean, spread) + opening;
                    if (score > best[j])
                    {
                        (best[j], from[j]) = (score, i);
                    }
                }
            }

            var chosen = new List<int>();
            for (var j = from[^1]; j > 0; j = from[j])
            {
                chosen.Add(j);
            }

            chosen.Reverse();
            var pieces = new List<int>();
            var previous = 0;
            foreach (var j in chosen.Append(offsets.Count - 1))
            {
                pieces.Add(offsets[j] - previous);
                previous = offsets[j];
            }

            foreach (var j in chosen)
            {
                var odds = stretch.Undecided[j - 1].OpeningOdds;
                cuts[stretch.Undecided[j - 1].Line] =
                    $"a stretch of {stretch.Length} characters between the ends found comes nearest the length of this source's paragraphs (about {typical}) cut into {string.Join(", ", pieces)}" +
                    (odds == 0 ? "" : $", the next sentence's opening weighed in (log odds {odds.ToString("+0.0;-0.0", CultureInfo.InvariantCulture)} of a paragraph's start, as the collection opens its paragraphs)");
            }
        }

        return cuts;
    }

    private static double Score(int length, double mean, double spread)
    {
        var distance = Math.Log(Math.Max(ShortestPiece, length)) - mean;
        return -(distance * distance) / (2 * spread * spread);
    }

    private sealed record Stretch(int Length, List<(int Line, int Offset, double OpeningOdds)> Undecided);

    /// <summary>The text cut at the ends found: each stretch's length, and where in it the undecided places fall.</summary>
    private static List<Stretch> Stretches(IReadOnlyList<Line> lines)
    {
        var stretches = new List<Stretch>();
        var (length, undecided) = (0, new List<(int, int, double)>());
        for (var i = 0; i < lines.Count; i++)
        {
            length += lines[i].Length + 1;
            if (lines[i].Undecided)
            {
                undecided.Add((i, length, lines[i].OpeningOdds));
            }

            if (lines[i].Ends || i == lines.Count - 1)
            {
                stretches.Add(new Stretch(length, undecided));
                (length, undecided) = (0, []);
            }
        }

        return stretches;
    }
}
