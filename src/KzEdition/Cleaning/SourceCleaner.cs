using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using KzEdition.Engine;
using KzEdition.Model;
using KzEdition.Reading;

namespace KzEdition.Cleaning;

/// <summary>
/// The first cleaner: rebuilds paragraphs from a source's lines according to its layout, joins
/// words split at line ends, and takes page furniture out of the text (listing what it took).
/// </summary>
/// <remarks>
/// Stateless and thread-safe. It does not yet split a source into several articles or recover
/// inner structure (abstracts, lists, tables): that is the faithful cleaner's work.
/// </remarks>
public static partial class SourceCleaner
{
    /// <summary>Cleans a source alone: the corpus's evidence is its own.</summary>
    public static CleanedSource Clean(SourceText source)
    {
        SourceVocabulary[] own = [SourceVocabulary.Of(source.Text)];
        return Clean(source, WordEvidence.From(own), CaseEvidence.From(own), OpeningEvidence.From(own));
    }

    /// <param name="evidence">The words of the whole corpus, for deciding hyphens at breaks.</param>
    /// <param name="cases">How the corpus writes its words' case, for telling the headings run into a source flattened to one line (<see cref="RunInHeadings"/>); without it none are looked for.</param>
    /// <param name="openings">How the corpus opens its paragraphs, for the places a hard-wrapped layout leaves undecided (<see cref="ParagraphEnds"/>); without it only the source's paragraph lengths weigh them.</param>
    public static CleanedSource Clean(SourceText source, WordEvidence evidence, CaseEvidence? cases = null, OpeningEvidence? openings = null)
    {
        var lines = source.Lines;
        var layout = LayoutDetector.Detect(lines);
        var state = new State(source, evidence, layout == SourceLayout.HardWrapped ? RunningHeads(lines) : new HashSet<string>());
        switch (layout)
        {
            case SourceLayout.SentencePerLine:
                BuildFromSentenceLines(lines, state);
                break;
            case SourceLayout.HardWrapped:
                BuildFromWrappedLines(lines, state, openings ?? OpeningEvidence.Empty);
                break;
            case SourceLayout.ParagraphPerLine:
            case SourceLayout.SingleLongLine:
                BuildFromParagraphLines(lines, state);
                break;
            case SourceLayout.Empty:
                break;
        }

        var blocks = BlockClassifier.Classify(state.Blocks);
        if (layout == SourceLayout.SingleLongLine && cases is not null)
        {
            // Only where the lines that set headings apart are lost: elsewhere a heading has its own line.
            blocks = RunInHeadings.Recover(blocks, cases, source.Path, state.Decisions);
        }

        return new CleanedSource(source, layout, blocks, [.. state.Furniture], [.. state.Notes], [.. state.Decisions]);
    }

    /// <summary>
    /// What one source's lines tell of how paragraphs open (<see cref="ParagraphEnds.Openings"/>), its
    /// furniture taken out as <see cref="Clean(SourceText, WordEvidence, CaseEvidence?, OpeningEvidence?)"/>
    /// takes it out; nothing unless the source is hard-wrapped.
    /// </summary>
    internal static SentenceOpeningCounts OpeningsOf(string[] lines)
    {
        if (LayoutDetector.Detect(lines) != SourceLayout.HardWrapped)
        {
            return SentenceOpeningCounts.None;
        }

        var runningHeads = RunningHeads(lines);
        return ParagraphEnds.Openings(lines, line => IsFurniture(line, runningHeads));
    }

    /// <summary>Whether a line is furniture the cleaner takes out of the text (or keeps as a note), given the source's running heads.</summary>
    private static bool IsFurniture(string line, HashSet<string> runningHeads) =>
        Cleaning.Furniture.Classify(line) is not null || IsRunningHead(line, runningHeads) || Cleaning.Furniture.IsStrayFootnote(line);

    private static bool IsRunningHead(string line, HashSet<string> runningHeads) =>
        runningHeads.Count > 0 && runningHeads.Contains(Cleaning.Furniture.RunningHeadKey(line));

    /// <summary>
    /// The running heads of a hard-wrapped source: those that recur, those seen once where they break a
    /// sentence at a page number, and the stray ones found with the others taken out (<see cref="ParagraphEnds.StrayHeads"/>).
    /// What the cleaner takes out and what <see cref="OpeningsOf"/> reads past, alike.
    /// </summary>
    private static HashSet<string> RunningHeads(string[] lines)
    {
        HashSet<string> heads = [.. Cleaning.Furniture.RunningHeads(lines), .. Cleaning.Furniture.HeadsInterruptingText(lines)];
        var stray = ParagraphEnds.StrayHeads(lines, line => IsFurniture(line, heads)).ToList();
        heads.UnionWith(stray.Select(i => Cleaning.Furniture.RunningHeadKey(lines[i])));
        return heads;
    }

    /// <summary>One sentence a line; ".." inside a line ends a paragraph and starts the next.</summary>
    private static void BuildFromSentenceLines(string[] lines, State state)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var lineNumber = i + 1;
            if (state.TakeFurniture(lines[i], lineNumber))
            {
                continue;
            }

            var pieces = LayoutDetector.ParagraphMark().Split(lines[i]);
            for (var p = 0; p < pieces.Length; p++)
            {
                var piece = pieces[p];
                if (p < pieces.Length - 1)
                {
                    piece += "."; // The first of the full stops ends the sentence.
                }

                state.Append(piece, lineNumber);
                if (p < pieces.Length - 1)
                {
                    state.EndBlock();
                }
            }
        }

        state.EndBlock();
    }

    /// <summary>
    /// Lines wrapped at a width: a paragraph ends where <see cref="ParagraphEnds"/> finds the evidence
    /// for it, and goes on across page furniture. Each end is reported with its evidence.
    /// </summary>
    private static void BuildFromWrappedLines(string[] lines, State state, OpeningEvidence openings)
    {
        var ends = ParagraphEnds.Find(lines, state.IsFurniture, openings, out var wholeWordHyphens);
        var previousText = -1;
        for (var i = 0; i < lines.Length; i++)
        {
            var lineNumber = i + 1;
            var line = lines[i];
            if (line.Trim().Length == 0 || state.TakeFurniture(line, lineNumber))
            {
                continue;
            }

            state.Append(line, lineNumber, wholeWordHyphen: previousText >= 0 && wholeWordHyphens.Contains(previousText));
            previousText = i;
            if (ends.TryGetValue(i, out var decision))
            {
                state.Decide(lineNumber, decision);
            }
        }

        state.EndBlock();
    }

    private static void BuildFromParagraphLines(string[] lines, State state)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0 || state.TakeFurniture(lines[i], i + 1))
            {
                continue;
            }

            state.Append(lines[i], i + 1);
            state.EndBlock();
        }
    }

    /// <summary>A line set in capitals: at least four letters, none of them lower case.</summary>
    internal static bool IsCapitalsLine(ReadOnlySpan<char> text)
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

    /// <summary>Opens like a sentence: its first letter or digit, after any opening quotes or brackets, is a capital or a digit.</summary>
    internal static bool StartsLikeSentence(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return char.IsUpper(c) || char.IsDigit(c);
            }

            if (!"«\"“„(['‘".Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A line that ends with an initial (Н.Ә., Дж.) or an abbreviation that always has a word after it
    /// (2001-2003 жж., 1996 ж., гг.) stops mid-sentence, whatever its length.
    /// </summary>
    internal static bool EndsWithInitialOrAbbreviation(string line) => InitialOrAbbreviationAtEnd().IsMatch(line);

    [GeneratedRegex(@"^(?:[•·▪●◦‣∙\uF0B7\uF0A7\uF0D8]|\d{1,2}[.)]\s)")]
    internal static partial Regex ListItem();

    /// <summary>The block being built and everything collected so far.</summary>
    private sealed class State(SourceText source, WordEvidence evidence, HashSet<string> runningHeads)
    {
        private readonly StringBuilder _text = new();
        private readonly List<string> _raw = [];
        private readonly List<int> _rawLines = [];
        private int _first;
        private int _last;

        public List<TextBlock> Blocks { get; } = [];

        public List<RemovedLine> Furniture { get; } = [];

        public List<EditorialNote> Notes { get; } = [];

        public List<Diagnostic> Decisions { get; } = [];

        public bool HasOpenBlock => _text.Length > 0;

        /// <param name="piece">The next line's text.</param>
        /// <param name="lineNumber">Its 1-based line.</param>
        /// <param name="wholeWordHyphen">Whether the hyphen the text before it ends in is the word's own (<see cref="ParagraphEnds.Find"/>).</param>
        public void Append(string piece, int lineNumber, bool wholeWordHyphen = false)
        {
            if (piece.Trim().Length == 0)
            {
                return;
            }

            _raw.Add(piece.TrimEnd());
            _rawLines.Add(lineNumber);
            if (_text.Length == 0)
            {
                _first = lineNumber;
                _text.Append(piece.Trim());
            }
            else
            {
                var word = LineJoiner.JoinInto(_text, piece, evidence, wholeWordHyphen, out var decision);
                Note(decision, word, lineNumber - 1);
            }

            _last = lineNumber;
        }

        public void EndBlock()
        {
            if (_text.Length > 0)
            {
                var text = CollapseSpaces(_text.ToString()).Trim();
                var first = _first;
                text = LineJoiner.RepairInlineBreaks(text, evidence, (what, decision) => Note(decision, what, first));
                text = MissingSentenceSpace().Replace(text, m =>
                {
                    Decisions.Add(Diagnostic.Info($"added the missing space between two sentences ({Around(text, m.Index)})", source.Path, first));
                    return ". ";
                });
                Blocks.Add(new TextBlock(BlockKind.Paragraph, text, _first, _last) { RawLines = [.. _raw], RawLineNumbers = [.. _rawLines] });
                _text.Clear();
                _raw.Clear();
                _rawLines.Clear();
            }
        }

        /// <summary>Whether <see cref="TakeFurniture"/> would take the line out of the text.</summary>
        public bool IsFurniture(string line) => SourceCleaner.IsFurniture(line, runningHeads);

        private bool IsRunningHead(string line) => SourceCleaner.IsRunningHead(line, runningHeads);

        /// <summary>Ends the paragraph being built after the line, or lets it go on, as decided; reports the evidence.</summary>
        public void Decide(int lineNumber, ParagraphDecision decision)
        {
            var message = decision.Ends ? $"paragraph ends here: {decision.Evidence}" : $"paragraph goes on: {decision.Evidence}";
            if (HasOpenBlock)
            {
                Decisions.Add(decision.Weak ? Diagnostic.Warning(message + "; check it", source.Path, lineNumber) : Diagnostic.Info(message, source.Path, lineNumber));
            }

            if (decision.Ends)
            {
                EndBlock();
            }
        }

        /// <summary>Takes a furniture line out of the text; true when it was one.</summary>
        public bool TakeFurniture(string line, int lineNumber)
        {
            var reason = Cleaning.Furniture.Classify(line) ?? (IsRunningHead(line) ? Cleaning.Furniture.RunningHead : null);
            if (reason is not null)
            {
                Furniture.Add(new RemovedLine(lineNumber, line.Trim(), reason));
                if (reason == Cleaning.Furniture.SeparatorLine)
                {
                    // A separator is no text, but it is evidence that one text ends and another begins.
                    EndBlock();
                    Blocks.Add(new TextBlock(BlockKind.Boundary, "", lineNumber, lineNumber));
                }

                return true;
            }

            if (Cleaning.Furniture.IsStrayFootnote(line))
            {
                // Kept, as a note: a footnote is text, just not running text.
                Furniture.Add(new RemovedLine(lineNumber, line.Trim(), "footnote (kept as a note)"));
                Notes.Add(new EditorialNote("footnote", line.Trim(), source.FileName, lineNumber));
                return true;
            }

            return false;
        }

        private void Note(HyphenDecision decision, string word, int line)
        {
            switch (decision)
            {
                case HyphenDecision.Joined:
                    Decisions.Add(Diagnostic.Info($"joined a word split by a hyphen ({word}): the corpus spells it whole", source.Path, line));
                    break;
                case HyphenDecision.JoinedWithoutEvidence:
                    Decisions.Add(Diagnostic.Warning($"joined a word split by a hyphen ({word}) with no evidence either way; check it", source.Path, line));
                    break;
                case HyphenDecision.Kept:
                    Decisions.Add(Diagnostic.Info($"kept the hyphen at a break ({word})", source.Path, line));
                    break;
                case HyphenDecision.KeptForRoom:
                    Decisions.Add(Diagnostic.Info($"kept the hyphen at a break ({word}): the line had room for the next part's first syllable, so no typesetter broke the word there", source.Path, line));
                    break;
                case HyphenDecision.None:
                    break;
            }
        }

        private static string Around(string text, int index)
        {
            var start = Math.Max(0, text.LastIndexOf(' ', Math.Max(0, Math.Min(index, text.Length - 1))) + 1);
            var end = text.IndexOf(' ', Math.Min(text.Length - 1, index + 1));
            return text[start..(end < 0 ? text.Length : end)];
        }
    }

    /// <summary>
    /// Each run of spaces, tabs and no-break spaces made one space (what <c>[ \t\u00A0]+</c> replaced
    /// by a space made, without the regex engine): the text itself when it has no such run but single spaces.
    /// </summary>
    internal static string CollapseSpaces(string text)
    {
        var first = 0;
        while (first < text.Length && !(IsSpace(text[first]) && (text[first] != ' ' || (first + 1 < text.Length && IsSpace(text[first + 1])))))
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        var collapsed = new StringBuilder(text.Length).Append(text, 0, first);
        for (var i = first; i < text.Length;)
        {
            if (!IsSpace(text[i]))
            {
                collapsed.Append(text[i++]);
                continue;
            }

            collapsed.Append(' ');
            while (i < text.Length && IsSpace(text[i]))
            {
                i++;
            }
        }

        return collapsed.ToString();

        static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0';
    }

    [GeneratedRegex(@"(?:(?<![\p{L}])\p{Lu}\p{Ll}?\.|(?<![\p{L}])(?:жж|ж|гг|г|мм|бб|проф|акад|доц)\.)$")]
    private static partial Regex InitialOrAbbreviationAtEnd();

    /// <summary>
    /// "атқарады.Жоғарғы", "болды.1998 жылы": a full stop after a lower-case word of three or more
    /// letters, then a capital or a year. Initials (Х.Дж.Маккиндер), abbreviations (т.б., жж.),
    /// decimals and URLs (mfa.gov.tr) never match: their letters are short, upper case or digits,
    /// or lower case after the stop.
    /// </summary>
    [GeneratedRegex(@"(?<=(?<![\p{L}\p{Mn}.])\p{Ll}[\p{Ll}\p{Mn}]{2,}[)»”""]?)\.(?=\p{Lu}|\d{4}(?!\d))")]
    internal static partial Regex MissingSentenceSpace();
}
