using KzEdition.Text;

namespace KzEdition.Cleaning;

/// <summary>
/// Where the paragraphs of a hard-wrapped source end, decided at every line end from evidence that
/// holds for any layout, each piece learnt from the source itself:
/// <list type="bullet">
/// <item><b>The fit test.</b> A line wrapped in the middle of a paragraph ends because the next word
/// did not fit (nor, where the source hyphenates, its first syllable and a hyphen). A line after which
/// that word would have fit ends its paragraph. The width is a high percentile of the line lengths
/// of each page, and how exactly the source keeps to it (a monospaced extraction exactly, a
/// proportional font loosely) is measured on the line ends that certainly continue a paragraph
/// (those before a line in lower case): the test allows the margin those need.</item>
/// <item><b>Trailing spaces</b>, where the extraction marks a paragraph's last line with two (as
/// pdftotext does) and other lines with fewer; used only where the line also ends a sentence.</item>
/// <item><b>The other signs:</b> an indented line where most are not, a blank line where blank lines
/// do not follow every line, a list item, a change to or from capitals, sentence-final punctuation
/// before a capital.</item>
/// </list>
/// Page furniture is no line of the text: a paragraph goes on across it, and blank lines around it
/// are no paragraph break.
/// </summary>
internal static class ParagraphEnds
{
    /// <summary>A page this long can have a width of its own; a shorter one is measured with the whole source.</summary>
    private const int LinesForOwnWidth = 12;

    /// <summary>Line ends known to continue a paragraph that the fit test may call ends, at most (a share).</summary>
    private const double FalseFitsAllowed = 0.03;

    /// <summary>Known continuations needed to measure the margin; with fewer, a line ends a paragraph when it is short and the next word would have fit.</summary>
    private const int ContinuationsToMeasure = 10;

    /// <summary>A text line of the source: where it stands, and what its layout shows.</summary>
    private sealed record TextLine(int Index, string Line, string Trimmed, int Length, int Indent, int Trailing, int BlanksBefore, int Page);

    /// <summary>
    /// The decisions by line (0-based indexes into <paramref name="lines"/>): every line after which a
    /// paragraph ends, with its evidence; and every line a paragraph goes on after on weak evidence
    /// (a sentence ends at the line's end and the next opens one, but the layout marks nothing).
    /// </summary>
    /// <param name="lines">The source's lines.</param>
    /// <param name="isFurniture">Whether a line is page furniture.</param>
    /// <param name="wholeWordHyphens">
    /// The lines (0-based) that end in a hyphen no typesetter breaking words at syllables put there: the
    /// line had room for the next word part's first syllable and a hyphen, so the hyphen is the
    /// word's own (күш- · жігерді, where the line could have held күш-жі-).
    /// </param>
    /// <param name="openings">
    /// How the collection opens its paragraphs: weighed with the source's paragraph lengths
    /// (<see cref="ParagraphLengths"/>) at the places the fit test cannot tell, where the layout marks
    /// no paragraph starts.
    /// </param>
    public static Dictionary<int, ParagraphDecision> Find(string[] lines, Func<string, bool> isFurniture, OpeningEvidence openings, out HashSet<int> wholeWordHyphens)
    {
        var text = Read(lines, isFurniture);
        var decisions = new Dictionary<int, ParagraphDecision>();
        wholeWordHyphens = [];
        if (text.Count == 0)
        {
            return decisions;
        }

        var layout = Learn(text);
        if (layout.ShortLine is null && layout.Hyphenates && layout.SyllableMargin != int.MaxValue)
        {
            for (var i = 0; i < text.Count - 1; i++)
            {
                var (line, next) = (text[i], text[i + 1]);
                var syllable = Syllables.FirstBreak(FirstWord(next.Trimmed));
                // The word part's first syllable and a hyphen, right after this line's hyphen: room to spare beyond the margin the source needs.
                if (EndsInWordHyphen(line.Trimmed) && StartsLower(next.Trimmed) && syllable > 0 && layout.Widths[line.Page] - line.Length - syllable - 1 > layout.SyllableMargin)
                {
                    wholeWordHyphens.Add(line.Index);
                }
            }
        }

        // The last line needs no decision: the cleaner ends the last paragraph with the text.
        for (var i = 0; i < text.Count - 1; i++)
        {
            if (Decide(text[i], text[i + 1], layout) is { } decision)
            {
                decisions[text[i].Index] = decision;
            }
        }

        // Where nothing marks a paragraph's start, the places nothing decides are weighed by the lengths of the source's own
        // paragraphs and by how the collection opens its paragraphs.
        if (!layout.MarksStarts && layout.ShortLine is null)
        {
            var lengths = new List<ParagraphLengths.Line>(text.Count);
            for (var i = 0; i < text.Count; i++)
            {
                var (line, decision) = (text[i], decisions.GetValueOrDefault(text[i].Index));
                var undecided = decision is { Ends: false, Weak: true };
                // The evidence is asked only where it is weighed: a source cleaned again only when an answer it got changes.
                var odds = undecided && i + 1 < text.Count ? openings.ParagraphStartOdds(line.Trimmed, text[i + 1].Trimmed) : 0;
                lengths.Add(new ParagraphLengths.Line(line.Trimmed.Length, decision?.Ends ?? false, undecided, odds));
            }

            foreach (var (at, evidence) in ParagraphLengths.Cuts(lengths))
            {
                decisions[text[at].Index] = new ParagraphDecision(true, $"a sentence ends at the line's end and the next line opens one, though the next word would not have fit: {evidence}", true);
            }
        }

        return decisions;
    }

    /// <summary>
    /// What this source tells of how paragraphs open (<see cref="OpeningEvidence"/>): the sentences
    /// begun inside a line, which open no paragraph, and those after a paragraph end its layout makes
    /// sure of (an end found on strong evidence, after a sentence's end, before a line that opens one:
    /// no list item, no line in capitals).
    /// </summary>
    public static SentenceOpeningCounts Openings(string[] lines, Func<string, bool> isFurniture)
    {
        var text = Read(lines, isFurniture);
        if (text.Count == 0)
        {
            return SentenceOpeningCounts.None;
        }

        var layout = Learn(text);
        var (afterEnds, insideLines) = (0, 0);
        var signs = new Dictionary<string, (int AfterParagraphEnds, int InsideLines)>(StringComparer.Ordinal);
        void Count(string before, string after, bool paragraphStart)
        {
            foreach (var sign in SentenceOpeningSigns.Of(before, after))
            {
                var (ends, inside) = signs.GetValueOrDefault(sign);
                signs[sign] = paragraphStart ? (ends + 1, inside) : (ends, inside + 1);
            }
        }

        for (var i = 0; i < text.Count; i++)
        {
            var trimmed = text[i].Trimmed;
            for (var at = 0; at < trimmed.Length - 1; at++)
            {
                if (Sentences.EndsSentence(trimmed, at) && trimmed[(at + 1)..].TrimStart() is { Length: > 0 } rest && SourceCleaner.StartsLikeSentence(rest))
                {
                    Count(trimmed[..(at + 1)], rest, paragraphStart: false);
                    insideLines++;
                }
            }

            // A sure end: found on strong evidence by the measured layout (a short source's rough test is not sure
            // enough), between a sentence's end and a line that opens one, no list item or line in capitals beside it.
            if (i < text.Count - 1 && layout.ShortLine is null && Decide(text[i], text[i + 1], layout) is { Ends: true, Weak: false } &&
                LayoutDetector.EndsSentence(trimmed) && SourceCleaner.StartsLikeSentence(text[i + 1].Trimmed) &&
                !SourceCleaner.ListItem().IsMatch(text[i + 1].Trimmed) && !SourceCleaner.IsCapitalsLine(trimmed) && !SourceCleaner.IsCapitalsLine(text[i + 1].Trimmed))
            {
                Count(trimmed, text[i + 1].Trimmed, paragraphStart: true);
                afterEnds++;
            }
        }

        var counts = signs.Select(s => new SentenceOpeningCount(s.Key, s.Value.AfterParagraphEnds, s.Value.InsideLines)).ToArray();
        OrdinalSort.Sort(counts, static c => c.Sign);
        return new SentenceOpeningCounts(afterEnds, insideLines, [.. counts]);
    }

    /// <summary>
    /// Running heads left in the text where they fall between two words of a sentence (seen once, so
    /// not known by repeating, and breaking no word): a line beside a page break, not in lower case,
    /// between a line that ends no sentence and one that goes on in lower case, after which that
    /// line's first word would have fit. In the text's flow the line before a word is one it did not
    /// fit on, so this line is not in the flow.
    /// </summary>
    public static IEnumerable<int> StrayHeads(string[] lines, Func<string, bool> isFurniture)
    {
        var text = Read(lines, isFurniture);
        if (text.Count < 3)
        {
            yield break;
        }

        var layout = Learn(text);
        if (layout.ShortLine is not null)
        {
            yield break;
        }

        for (var i = 1; i < text.Count - 1; i++)
        {
            var (before, line, after) = (text[i - 1], text[i], text[i + 1]);
            // A head that carries its page number is a page break of its own.
            var besidePageBreak = before.Page != line.Page || line.Page != after.Page || Furniture.CarriesPageNumber(line.Line);
            if (!besidePageBreak || StartsLower(line.Trimmed) || LayoutDetector.EndsSentence(before.Trimmed) || Slack(line, after, layout.Widths[line.Page], syllable: false) < layout.WordMargin)
            {
                continue;
            }

            // The sentence goes on after the line in lower case; or (a name, Орталық Азия) in a capital, where the line
            // is short (under seven tenths of the width, as heads are and a line of running text in mid-sentence is
            // not), ends no sentence, and the line before ended because the line's first word did not fit: a line of
            // the text's flow would have taken the next word too, and a paragraph does not end in mid-sentence.
            var goesOn = StartsLower(after.Trimmed) ||
                (line.Length < layout.Widths[line.Page] * 0.7 && !LayoutDetector.EndsSentence(line.Trimmed) &&
                 Slack(before, line, layout.Widths[before.Page], syllable: false) < layout.WordMargin);
            if (goesOn)
            {
                yield return line.Index;
            }
        }
    }

    /// <summary>The source's text lines, furniture and blank lines left out (blank lines counted before the next; those beside furniture are the page's).</summary>
    private static List<TextLine> Read(string[] lines, Func<string, bool> isFurniture)
    {
        var text = new List<TextLine>();
        var (blanks, page, afterFurniture) = (0, 0, false);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                blanks += afterFurniture ? 0 : 1;
                continue;
            }

            if (isFurniture(line))
            {
                // A page break: the blank lines before it and after it belong to the page, not the text.
                (blanks, afterFurniture) = (0, true);
                page += text.Count > 0 && text[^1].Page == page ? 1 : 0;
                continue;
            }

            var end = line.TrimEnd();
            var indent = end.Length - end.TrimStart().Length;
            text.Add(new TextLine(i, line, trimmed, end.Length, indent, line.Length - end.Length, blanks, page));
            (blanks, afterFurniture) = (0, false);
        }

        return text;
    }

    /// <summary>What the source's layout shows, learnt from all its lines.</summary>
    private sealed record Layout(
        Dictionary<int, int> Widths,
        int? ShortLine,
        int WordMargin,
        int SyllableMargin,
        bool Hyphenates,
        bool HyphenatesCapitalised,
        int BaseIndent,
        bool IndentsStartParagraphs,
        bool BlankAfterEveryLine,
        bool BlankLinesBetweenParagraphs,
        bool TrailingSpacesEndParagraphs)
    {
        /// <summary>Whether the layout marks where a paragraph starts at all (besides the fit test).</summary>
        public bool MarksStarts => IndentsStartParagraphs || TrailingSpacesEndParagraphs || BlankLinesBetweenParagraphs;
    }

    private static Layout Learn(List<TextLine> text)
    {
        var global = Percentile(text.Select(t => t.Length), 0.95);
        // A page has its own width where it is set differently (a narrower column, another font): a
        // tenth narrower or wider than the source's; otherwise the source's, so that where the pages
        // break changes nothing.
        var widths = text.GroupBy(t => t.Page).ToDictionary(g => g.Key, g => g.Count() >= LinesForOwnWidth && Percentile(g.Select(t => t.Length), 0.95) is var own && Math.Abs(own - global) > global / 10 ? own : global);

        // A source hyphenates when lines end in a word's first part and the next goes on in lower case.
        var hyphenated = 0;
        for (var i = 0; i < text.Count - 1; i++)
        {
            if (EndsInWordHyphen(text[i].Trimmed) && StartsLower(text[i + 1].Trimmed))
            {
                hyphenated++;
            }
        }

        var hyphenates = hyphenated >= 3;

        // Whether it breaks capitalised words too (Қазақ-стан): not every typesetter does, and a
        // paragraph's first word is one. The continuations measured below start in lower case.
        var capitalisedBroken = 0;
        for (var i = 0; i < text.Count - 1; i++)
        {
            var last = LastWord(text[i].Trimmed);
            if (EndsInWordHyphen(text[i].Trimmed) && StartsLower(text[i + 1].Trimmed) && last.Length > 2 && char.IsUpper(last[0]) && !char.IsUpper(last[1]))
            {
                capitalisedBroken++;
            }
        }

        var hyphenatesCapitalised = hyphenates && capitalisedBroken >= 2;

        // How loosely the source keeps to its width: the margin the certain continuations need, for the
        // next word whole and (where the source hyphenates) for its first syllable, each measured apart.
        var (wordSlacks, syllableSlacks) = (new List<int>(), new List<int>());
        for (var i = 0; i < text.Count - 1; i++)
        {
            if (StartsLower(text[i + 1].Trimmed) && !EndsInWordHyphen(text[i].Trimmed) && text[i].Page == text[i + 1].Page)
            {
                wordSlacks.Add(Slack(text[i], text[i + 1], widths[text[i].Page], syllable: false));
                if (hyphenates && Slack(text[i], text[i + 1], widths[text[i].Page], syllable: true) is var s and > int.MinValue)
                {
                    syllableSlacks.Add(s);
                }
            }
        }

        // Too few to measure (a short source): a line ends a paragraph when it is short (under four
        // fifths of the width, set by nine lines in ten) and the next word would have fit.
        int? shortLine = wordSlacks.Count < ContinuationsToMeasure ? Percentile(text.Select(t => t.Trimmed.Length), 0.9) : null;
        var wordMargin = shortLine is null ? MarginFor(wordSlacks) : 0;
        var syllableMargin = syllableSlacks.Count < ContinuationsToMeasure ? int.MaxValue : MarginFor(syllableSlacks);

        // Indentation: the usual indent of a line; a line indented more starts a paragraph, when such lines are few.
        var baseIndent = text.GroupBy(t => t.Indent).MaxBy(g => (g.Count(), -g.Key))!.Key;
        var indented = text.Count(t => t.Indent > baseIndent);
        var indentsStart = indented > 0 && indented < text.Count / 2;

        var followedByBlank = text.Skip(1).Count(t => t.BlanksBefore > 0);
        var blankAfterEveryLine = text.Count > 2 && followedByBlank >= (text.Count - 1) / 2;
        // Blank lines between paragraphs: after a sentence's end, mostly (a stray head left in the text has blank lines around it too).
        var blankAfterSentence = text.Skip(1).Select((t, i) => (t, before: text[i])).Count(p => p.t.BlanksBefore > 0 && LayoutDetector.EndsSentence(p.before.Trimmed));
        var blankLinesBetween = !blankAfterEveryLine && blankAfterSentence >= 2 && blankAfterSentence * 2 >= followedByBlank;

        // pdftotext's two spaces after a paragraph's last line: learnt where the lines with two mostly end a sentence and other lines carry fewer.
        var twoOrMore = text.Where(t => t.Trailing >= 2).ToList();
        var trailingEnds = twoOrMore.Count >= 2 && twoOrMore.Count <= text.Count / 2 &&
            twoOrMore.Count(t => LayoutDetector.EndsSentence(t.Trimmed)) is var ending && (ending >= 0.8 * twoOrMore.Count || ending >= twoOrMore.Count - 1);

        return new Layout(widths, shortLine, wordMargin, syllableMargin, hyphenates, hyphenatesCapitalised, baseIndent, indentsStart, blankAfterEveryLine, blankLinesBetween, trailingEnds);
    }

    /// <summary>The smallest margin that leaves at most <see cref="FalseFitsAllowed"/> of the continuations' slacks at or above it (a slack below the margin is no fit).</summary>
    private static int MarginFor(List<int> slacks)
    {
        slacks.Sort();
        var allowed = (int)Math.Floor(slacks.Count * FalseFitsAllowed);
        // slacks[^(allowed + 1)] is the largest slack that must not count as a fit.
        return Math.Max(0, slacks[slacks.Count - 1 - allowed] + 1);
    }

    /// <summary>
    /// How much room this line leaves beyond what the next line's first word needs, whole or (with
    /// <paramref name="syllable"/>) its first syllable and a hyphen; int.MinValue when the word
    /// cannot be broken. At or above the margin, the word would have fit.
    /// </summary>
    private static int Slack(TextLine line, TextLine next, int width, bool syllable)
    {
        var word = FirstWord(next.Trimmed);
        var needed = word.Length;
        if (syllable)
        {
            var head = Syllables.FirstBreak(word);
            if (head == 0)
            {
                return int.MinValue;
            }

            needed = head + 1;
        }

        return width - line.Length - 1 - needed;
    }

    private static ParagraphDecision? Decide(TextLine line, TextLine next, Layout layout)
    {
        var (t, n) = (line.Trimmed, next.Trimmed);
        if (SourceCleaner.ListItem().IsMatch(n))
        {
            return new ParagraphDecision(true, "a list item follows", false);
        }

        if (SourceCleaner.IsCapitalsLine(t) != SourceCleaner.IsCapitalsLine(n))
        {
            return new ParagraphDecision(true, "a line in capitals begins or ends", false);
        }

        // The line's own page sets the width (a paragraph's last line before a page break too).
        var width = layout.Widths[line.Page];
        var nextLower = StartsLower(n);
        // Where a blank line follows every line, a wider gap after a line that ends in no stop is a page's
        // end in mid-sentence (бұрынғы · · · КСРО республикаларының), not a paragraph's.
        var blankBreak = layout.BlankAfterEveryLine
            ? next.BlanksBefore > 1 && (LayoutDetector.EndsSentence(t) || line.Length < width * 0.7)
            : next.BlanksBefore > 0;
        if (blankBreak && !nextLower)
        {
            return new ParagraphDecision(true, layout.BlankAfterEveryLine ? "two blank lines where one follows every line" : "a blank line", false);
        }

        if (layout.IndentsStartParagraphs && next.Indent > layout.BaseIndent && SourceCleaner.StartsLikeSentence(n))
        {
            return new ParagraphDecision(true, "the next line is indented", false);
        }

        // A line in lower case goes on with the sentence, whatever this one ends with («Erasmus» / бағдарламасы).
        if (nextLower || EndsMidPhrase(t) || SourceCleaner.EndsWithInitialOrAbbreviation(t))
        {
            return null;
        }

        // A line closes with a sentence's end, or (a heading, a title) short and before a capital: a line
        // of full width that ends in no stop goes on, whatever word the next one opens with (Ынтымақтастық / Кеңесінің).
        // (Too few lines to measure the layout by: four fifths of the width, as the short-line test has it.)
        var shortLine = layout.ShortLine is { } few ? t.Length < few * 0.8 : line.Length < width * 0.7;
        var closes = LayoutDetector.EndsSentence(t) || (!SourceCleaner.IsCapitalsLine(t) && StartsUpper(n) && shortLine);
        if (!closes)
        {
            return null;
        }

        int spare, wordSpare, syllableSpare;
        if (layout.ShortLine is { } shortWidth)
        {
            // Too few lines to measure the width's looseness: a short line after which the next word would have fit.
            wordSpare = shortLine ? shortWidth - t.Length - 1 - FirstWord(n).Length : -1;
            (syllableSpare, spare) = (int.MinValue, wordSpare);
        }
        else
        {
            wordSpare = Slack(line, next, width, syllable: false) - layout.WordMargin;
            var breakable = layout.Hyphenates && layout.SyllableMargin != int.MaxValue && (layout.HyphenatesCapitalised || StartsLower(n));
            syllableSpare = breakable && Slack(line, next, width, syllable: true) is var s and > int.MinValue ? s - layout.SyllableMargin : int.MinValue;
            spare = Math.Max(wordSpare, syllableSpare);
        }

        var fits = spare >= 0;
        var trailing = layout.TrailingSpacesEndParagraphs && line.Trailing >= 2;
        if (fits || trailing)
        {
            var evidence = string.Join(" and ", new[]
            {
                fits ? (wordSpare >= 0 ? $"the next word would have fit ({wordSpare + 1} to spare)" : $"the next word's first syllable would have fit ({syllableSpare + 1} to spare)") : null,
                trailing ? "two spaces after the line, as the source ends its paragraphs" : null,
            }.OfType<string>());
            return new ParagraphDecision(true, evidence, fits && !trailing && !layout.MarksStarts && spare < 2);
        }

        // Nothing but the sentence marks an end here, and the layout marks no paragraph starts: a
        // paragraph whose last line is full looks just like this. Read as one paragraph, and said so.
        return layout.MarksStarts || !SourceCleaner.StartsLikeSentence(n)
            ? null
            : new ParagraphDecision(false, "a sentence ends at the line's end and the next line opens one, but the next word would not have fit and the layout marks no paragraph starts: read as one paragraph", true);
    }

    private static ReadOnlySpan<char> LastWord(string text)
    {
        var space = text.AsSpan().LastIndexOfAny(' ', '\t', '\u00A0');
        return text.AsSpan(space + 1);
    }

    private static ReadOnlySpan<char> FirstWord(string text)
    {
        var space = text.AsSpan().IndexOfAny(' ', '\t', '\u00A0');
        return space < 0 ? text : text.AsSpan(0, space);
    }

    private static bool StartsLower(string text) => text.Length > 0 && char.IsLower(text[0]);

    private static bool StartsUpper(string text) => text.Length == 0 || char.IsUpper(text[0]) || SourceCleaner.ListItem().IsMatch(text);

    /// <summary>Ends with a hyphen after a letter: a word broken at the line end (or a hyphenated compound).</summary>
    private static bool EndsInWordHyphen(string text) => text.Length >= 2 && text[^1] is '-' or '\u2010' or '\u2011' && char.IsLetter(text[^2]);

    /// <summary>A line ending with a comma, a hyphen or an opening mark continues.</summary>
    private static bool EndsMidPhrase(string line) => line.Length == 0 || ",;-–—(«".Contains(line[^1], StringComparison.Ordinal);

    private static int Percentile(IEnumerable<int> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[(int)Math.Min(sorted.Length - 1, Math.Floor(p * sorted.Length))];
    }
}
