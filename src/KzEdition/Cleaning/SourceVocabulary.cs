using System.Collections.Immutable;
using System.Runtime.InteropServices;
using KzEdition.Text;

namespace KzEdition.Cleaning;

/// <summary>
/// What one source gives the corpus's evidence: the words it writes whole (for dehyphenation,
/// <see cref="WordEvidence"/>), how often it writes each in capitals, capitalised or in lower case
/// (<see cref="CaseEvidence"/>), and how it opens its paragraphs and its other sentences
/// (<see cref="Openings"/>, for <see cref="OpeningEvidence"/>). Made once a source; the corpus's
/// evidence is the sum of its sources', so an edit of one source changes the evidence by that
/// source's difference alone.
/// </summary>
/// <param name="Words">The distinct folded words, in ordinal order.</param>
/// <param name="Cases">Each folded word part with its counts, in ordinal order of the key.</param>
public sealed record SourceVocabulary(ImmutableArray<string> Words, ImmutableArray<CaseCount> Cases)
{
    /// <summary>
    /// How the source opens the sentences after the paragraph ends its layout makes sure of, and those
    /// begun inside a line (<see cref="SourceCleaner.OpeningsOf"/>): a source that is not hard-wrapped
    /// tells nothing.
    /// </summary>
    public SentenceOpeningCounts Openings { get; init; } = SentenceOpeningCounts.None;

    /// <summary>What begins a sentence or a quotation: the word after it is capitalised whatever it is.</summary>
    private const string SentenceOpeners = ".!?…»«\"“„:–—";

    /// <summary>
    /// The text read once, line by line and word by word (<see cref="HyphenatedWords"/>), each word
    /// folded into one buffer. Words and case counts share one table of folded forms, looked up by the
    /// folded span: a string is made only of a form not met before in this source (a source of 10,000
    /// words writes perhaps 3,000), and the forms are sorted once for both lists.
    /// </summary>
    public static SourceVocabulary Of(string text)
    {
        var forms = new Dictionary<string, Form>(StringComparer.Ordinal);
        var lookup = forms.GetAlternateLookup<ReadOnlySpan<char>>();
        var folded = new char[64];
        var previousBroken = false;
        for (var lineStart = 0; lineStart <= text.Length;)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            lineStart = lineEnd + 1;

            // Only the line's last word can reach its end: every other word has one after it, and a word is no space and no hyphen.
            var end = line.TrimEnd().TrimEnd("-\u2010\u2011").Length;
            var broken = end < line.TrimEnd().Length;
            var capitals = SourceCleaner.IsCapitalsLine(line);
            for (var at = 0; HyphenatedWords.NextWord(line, at, out var start, out var wordEnd); at = wordEnd)
            {
                var word = line[start..wordEnd];
                if (folded.Length < word.Length)
                {
                    folded = new char[word.Length * 2];
                }

                var key = folded.AsSpan(0, TextKey.FoldInto(word, folded));

                // A word at the line end, or cut there by a hyphen ("бағдарла-"), may be half a word, and so may
                // a word in lower case that opens a line (the other half): no evidence of spelling. A compound
                // that opens a line after one ending in no hyphen is whole (күш-жігерді).
                var opensLine = start == 0 && char.IsLower(word[0]);
                if (wordEnd < end && (!opensLine || (word.Contains('-') && !previousBroken)))
                {
                    AddWord(lookup, key);
                }

                // Sentence-initial words, initials and lines set in capitals are no evidence of case.
                if (!capitals && !OpensSentence(line, start) && !(word.Length <= 2 && wordEnd < line.Length && line[wordEnd] == '.'))
                {
                    CountCases(lookup, key, word);
                }
            }

            // Blank lines aside (some extractions put one after every line): the last line of text broke a word or not.
            previousBroken = line.IsWhiteSpace() ? previousBroken : broken;
        }

        return FromForms(forms) with { Openings = SourceCleaner.OpeningsOf(text.Split('\n')) };
    }

    /// <summary>
    /// A whole word; and, when hyphens join parts (қару-жарақтың), each joint as a compound's
    /// beginning (<see cref="CompoundStart"/>: қару-жара…), so that the compound is known under
    /// another ending. The parts are not words on their own: a case ending after an acronym
    /// (НАТО-ның) is no word, and two halves count as words only where the text writes them alone.
    /// </summary>
    private static void AddWord(Dictionary<string, Form>.AlternateLookup<ReadOnlySpan<char>> forms, ReadOnlySpan<char> key)
    {
        CollectionsMarshal.GetValueRefOrAddDefault(forms, key, out _).IsWord = true;
        if (!key.Contains('-') || key.Length > 250)
        {
            return;
        }

        Span<char> start = stackalloc char[key.Length + 1];
        for (var hyphen = key.IndexOf('-'); hyphen >= 0;)
        {
            var part = key[(hyphen + 1)..];
            var next = part.IndexOf('-');
            var length = Math.Min(CompoundStartLetters, next < 0 ? part.Length : next);
            key[..(hyphen + 1)].CopyTo(start);
            part[..length].CopyTo(start[(hyphen + 1)..]);
            start[hyphen + 1 + length] = CompoundMark;
            CollectionsMarshal.GetValueRefOrAddDefault(forms, start[..(hyphen + 2 + length)], out _).IsWord = true;

            // The part before this hyphen as a compound's first part (сын-), and the part after it as a
            // compound's later part (-қате…): a pair written once is known by its halves' other pairs.
            var previous = key[..hyphen].LastIndexOf('-') + 1;
            CollectionsMarshal.GetValueRefOrAddDefault(forms, key[previous..(hyphen + 1)], out _).IsWord = true;
            start[0] = '-';
            part[..length].CopyTo(start[1..]);
            start[1 + length] = CompoundMark;
            CollectionsMarshal.GetValueRefOrAddDefault(forms, start[..(length + 2)], out _).IsWord = true;
            hyphen = next < 0 ? -1 : hyphen + 1 + next;
        }
    }

    /// <summary>How many letters of the part after a hyphen a compound's beginning keeps: a stem's worth, before any ending.</summary>
    public const int CompoundStartLetters = 4;

    /// <summary>Ends a compound's beginning, so that it is never taken for a word.</summary>
    public const char CompoundMark = '…';

    /// <summary>The beginning of a compound, as <see cref="AddWord"/> keeps it: the head, a hyphen, and the first letters of what follows (қару-жара…).</summary>
    /// <summary>A compound's first part, as <see cref="AddWord"/> keeps it (сын-).</summary>
    internal static string CompoundHead(string head) => head + "-";

    /// <summary>A compound's later part, as <see cref="AddWord"/> keeps it (-қате…).</summary>
    internal static string CompoundTail(string tail) =>
        string.Concat("-", tail.AsSpan(0, Math.Min(CompoundStartLetters, tail.Length)), CompoundMark.ToString());

    internal static string CompoundStart(string head, string tail) =>
        string.Concat(head, "-", tail.AsSpan(0, Math.Min(CompoundStartLetters, tail.Length)), CompoundMark.ToString());

    private static void CountCases(Dictionary<string, Form>.AlternateLookup<ReadOnlySpan<char>> forms, ReadOnlySpan<char> key, ReadOnlySpan<char> word)
    {
        if (!key.Contains('-'))
        {
            Count(ref CollectionsMarshal.GetValueRefOrAddDefault(forms, key, out _), word);
            return;
        }

        // Folding keeps hyphens where they are, so the original's parts and the key's parts pair up.
        var originalParts = word.Split('-');
        foreach (var part in key.Split('-'))
        {
            originalParts.MoveNext();
            Count(ref CollectionsMarshal.GetValueRefOrAddDefault(forms, key[part], out _), word[originalParts.Current]);
        }
    }

    /// <summary>In capitals (two letters at least, none in lower case; combining marks are no letters), capitalised, or in lower case.</summary>
    private static void Count(ref Form form, ReadOnlySpan<char> part)
    {
        if (part.Length >= 2 && IsCapitals(part))
        {
            form.Upper++;
        }
        else if (char.IsUpper(part[0]))
        {
            form.Capitalised++;
        }
        else
        {
            form.Lower++;
        }
    }

    private static bool IsCapitals(ReadOnlySpan<char> part)
    {
        foreach (var c in part)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the word at <paramref name="start"/> opens the line, a sentence or a quotation: the
    /// character before it, spaces skipped, is none or a sentence's end or a quotation mark (found by
    /// walking back, not by cutting the line up to the word: web copies hold whole articles on a line).
    /// </summary>
    private static bool OpensSentence(ReadOnlySpan<char> line, int start)
    {
        var at = start - 1;
        while (at >= 0 && char.IsWhiteSpace(line[at]))
        {
            at--;
        }

        return at < 0 || SentenceOpeners.Contains(line[at]);
    }

    /// <summary>The forms sorted once (ordinal), then parted into the words and the counted parts.</summary>
    private static SourceVocabulary FromForms(Dictionary<string, Form> forms)
    {
        var sorted = forms.ToArray();
        OrdinalSort.Sort(sorted, static form => form.Key);
        var words = ImmutableArray.CreateBuilder<string>(sorted.Length);
        var cases = ImmutableArray.CreateBuilder<CaseCount>(sorted.Length);
        foreach (var (key, form) in sorted)
        {
            if (form.IsWord)
            {
                words.Add(key);
            }

            if (form.Upper + form.Capitalised + form.Lower > 0)
            {
                cases.Add(new CaseCount(key, form.Upper, form.Capitalised, form.Lower));
            }
        }

        return new SourceVocabulary(words.DrainToImmutable(), cases.DrainToImmutable());
    }

    /// <summary>What the source does with one folded form: writes it as a whole word, and how often it writes it in each case.</summary>
    private struct Form
    {
        public bool IsWord;
        public int Upper;
        public int Capitalised;
        public int Lower;
    }
}
