using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using KzEdition.Engine;
using KzEdition.Text;

namespace KzEdition.Cleaning;

/// <summary>
/// Section headings of a web page flattened to one line, where the line ends that set them apart
/// are lost and each stands run into the text: "…қол қойды. Ұйымның құрылымы Басқарудың жоғарғы
/// органы…". Such a heading is a short phrase after a sentence's end, with no stop of its own,
/// before a capital that starts the next sentence. The capital is the evidence: a word that the
/// corpus writes in lower case wherever it stands inside a sentence, and never capitalised, is
/// capitalised here only because a sentence starts with it, so the phrase before it is no part of
/// that sentence. A capitalised name after the phrase (Қазақстанға, Кеңес) says nothing: the phrase
/// is then as likely the subject of a sentence that goes on (ЕАӘК Қазақстанға … мүмкіндік береді),
/// and the cleaner invents no break there. A phrase that is a section heading as journals print
/// them (Кіріспе, Қорытынды, Введение: <see cref="BlockClassifier"/>'s) is one whatever follows.
/// Each place weighed is reported with its evidence.
/// </summary>
public static class RunInHeadings
{
    /// <summary>A heading is short: at most this many words…</summary>
    internal const int MostWords = 6;

    /// <summary>…and this many characters.</summary>
    internal const int MostCharacters = 60;

    /// <summary>The sentence after a heading has at least this many words before its stop: a heading introduces text, not a fragment.</summary>
    internal const int FewestWordsAfter = 3;

    /// <summary>The times the corpus writes the word in lower case inside sentences for the evidence to be more than a single witness.</summary>
    internal const int StrongLowerCaseCount = 2;

    /// <summary>
    /// Words that need a word after them (a conjunction, a preposition): a phrase ending in one goes
    /// on into what follows, and is no heading. A Kazakh genitive (НАТО-ның, ұйымның) does too.
    /// </summary>
    private static readonly FrozenSet<string> BindingWords = FrozenSet.Create(
        StringComparer.Ordinal,
        "және", "мен", "пен", "бен", "немесе", "әрі", "да", "де", "та", "те", "үшін", "туралы",
        "и", "или", "а", "но", "в", "во", "на", "с", "со", "к", "ко", "по", "о", "об", "для", "от", "из", "при",
        "and", "or", "of", "the", "a", "an", "in", "on", "for", "to", "with");

    private static readonly string[] GenitiveEndings = ["ның", "нің", "дың", "дің", "тың", "тің"];

    /// <summary>
    /// The blocks of a source flattened to one line with its run-in headings set apart (each a
    /// <see cref="BlockKind.Heading"/> between two paragraphs); every place weighed goes into
    /// <paramref name="decisions"/> with its evidence, a heading on a single witness as a warning.
    /// </summary>
    public static ImmutableArray<TextBlock> Recover(ImmutableArray<TextBlock> blocks, CaseEvidence cases, string path, List<Diagnostic> decisions)
    {
        var recovered = ImmutableArray.CreateBuilder<TextBlock>(blocks.Length);
        foreach (var block in blocks)
        {
            if (block.Kind != BlockKind.Paragraph)
            {
                recovered.Add(block);
                continue;
            }

            var headings = new List<(int Start, int End)>();
            foreach (var candidate in Candidates(block.Text))
            {
                var verdict = Weigh(candidate, cases);
                var line = block.LineAt(candidate.Start);
                if (verdict.IsHeading)
                {
                    headings.Add((candidate.Start, candidate.End));
                    var message = $"section heading run into the text: «{candidate.Phrase}», {verdict.Evidence}";
                    decisions.Add(verdict.Weak ? Diagnostic.Warning(message + "; check it", path, line) : Diagnostic.Info(message, path, line));
                }
                else if (verdict.Weighed)
                {
                    decisions.Add(Diagnostic.Info($"no heading at «{candidate.Phrase} {candidate.Next}»: {verdict.Evidence}", path, line));
                }
            }

            var at = 0;
            foreach (var (start, end) in headings)
            {
                AddParagraph(recovered, block, block.Text[at..start]);
                recovered.Add(block with { Kind = BlockKind.Heading, Text = block.Text[start..end] });
                at = end;
            }

            AddParagraph(recovered, block, block.Text[at..]);
        }

        return recovered.ToImmutable();
    }

    private static void AddParagraph(ImmutableArray<TextBlock>.Builder blocks, TextBlock block, string text)
    {
        text = text.Trim();
        if (text.Length > 0)
        {
            blocks.Add(block with { Text = text });
        }
    }

    /// <summary>A short phrase at a sentence's start, its words, and the capitalised word after it.</summary>
    internal sealed record Candidate(int Start, int End, string Phrase, string Next);

    /// <summary>Whether a candidate is a heading, and why (or why not).</summary>
    /// <param name="Weighed">Whether the corpus's evidence was weighed; a capital that is no evidence of a sentence at all (an acronym's, an initial's) is not reported.</param>
    internal sealed record Verdict(bool IsHeading, bool Weak, string Evidence, bool Weighed = true);

    /// <summary>
    /// Every sentence start (after a stop and a space) that opens with a capitalised word, and the
    /// first capitalised word among the next <see cref="MostWords"/> after it, where the words between
    /// carry no punctuation: the phrase before that word is the candidate heading.
    /// </summary>
    internal static IEnumerable<Candidate> Candidates(string text)
    {
        for (var stop = text.IndexOfAny(SentenceStops); stop >= 0; stop = stop + 1 < text.Length ? text.IndexOfAny(SentenceStops, stop + 1) : -1)
        {
            if (stop + 2 >= text.Length || text[stop + 1] != ' ' || !char.IsUpper(text[stop + 2]) || !EndsASentence(text, stop))
            {
                continue;
            }

            var start = stop + 2;
            var words = WordsFrom(text, start, MostWords + 1);
            for (var k = 1; k < words.Count; k++)
            {
                if (!IsPlainWord(text, words[k - 1]))
                {
                    break;
                }

                var (nextStart, nextEnd) = words[k];
                var next = text[nextStart..nextEnd].TrimStart('«', '"', '“', '„', '(');
                if (next.Length > 0 && char.IsUpper(next[0]))
                {
                    var end = words[k - 1].End;
                    if (end - start <= MostCharacters && SentenceAfterIsLongEnough(text, nextStart))
                    {
                        yield return new Candidate(start, end, text[start..end], text[nextStart..nextEnd].TrimEnd(',', '.', ';', ':', '!', '?', ')', '»', '"', '”'));
                    }

                    break;
                }
            }
        }
    }

    private static readonly char[] SentenceStops = ['.', '!', '?', '…'];

    /// <summary>
    /// A stop after a word of two or more lower-case letters (capitalised or not), perhaps with a closing quote or bracket
    /// or a citation marker (<c>[2]</c>) between: not an initial's (Г.Альтенбург), a decimal's or an acronym's stop.
    /// </summary>
    private static bool EndsASentence(string text, int stop)
    {
        var at = stop - 1;
        if (at >= 0 && text[at] == ']')
        {
            // A marker's opening bracket, looked for a few characters back only: a stray ']' must not make every stop a walk back over the text.
            var open = text.LastIndexOf('[', at, Math.Min(at + 1, 16));
            at = open < 0 ? at : open - 1;
            while (at >= 0 && text[at] == ' ')
            {
                at--;
            }
        }

        while (at >= 0 && "»”\")".Contains(text[at], StringComparison.Ordinal))
        {
            at--;
        }

        var letters = 0;
        while (at >= 0 && char.IsLower(text[at]))
        {
            letters++;
            at--;
        }

        // A name ends a sentence as well as any word (…в Казахстане.).
        if (at >= 0 && char.IsUpper(text[at]))
        {
            at--;
        }

        return letters >= 2 && (at < 0 || !char.IsLetter(text[at]));
    }

    /// <summary>The spans of up to <paramref name="count"/> words from <paramref name="start"/>, split at spaces.</summary>
    private static List<(int Start, int End)> WordsFrom(string text, int start, int count)
    {
        var words = new List<(int, int)>(count);
        var at = start;
        while (words.Count < count && at < text.Length)
        {
            var end = text.IndexOf(' ', at);
            end = end < 0 ? text.Length : end;
            if (end > at)
            {
                words.Add((at, end));
            }

            at = end + 1;
        }

        return words;
    }

    /// <summary>A word of letters, digits, combining marks, hyphens and apostrophes: punctuation after it (a comma, a stop, a bracket) ties it to a sentence.</summary>
    private static bool IsPlainWord(string text, (int Start, int End) word)
    {
        for (var i = word.Start; i < word.End; i++)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && c is not ('-' or '\'' or '’'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SentenceAfterIsLongEnough(string text, int start)
    {
        // The sentence's own stop, not an initial's (Г.Альтенбург).
        var end = text.IndexOfAny(SentenceStops, start);
        while (end >= 0 && !EndsASentence(text, end))
        {
            end = end + 1 < text.Length ? text.IndexOfAny(SentenceStops, end + 1) : -1;
        }

        var sentence = text.AsSpan(start, (end < 0 ? text.Length : end) - start);
        return sentence.Count(' ') + 1 >= FewestWordsAfter;
    }

    /// <summary>
    /// A heading when the word after the phrase is one the corpus writes in lower case inside
    /// sentences and nowhere capitalised there (this place aside): its capital starts a sentence.
    /// </summary>
    internal static Verdict Weigh(Candidate candidate, CaseEvidence cases)
    {
        var phraseWords = candidate.Phrase.Split(' ');
        var last = TextKey.Fold(phraseWords[^1]);
        if (BindingWords.Contains(last) || GenitiveEndings.Any(e => last.EndsWith(e, StringComparison.Ordinal) && last.Length > e.Length + 1))
        {
            return new Verdict(false, false, $"«{phraseWords[^1]}» needs a word after it, so the sentence goes on");
        }

        if (BlockClassifier.KindOf(candidate.Phrase) == BlockKind.Heading)
        {
            return new Verdict(true, false, "a section heading as journals print them, whatever follows");
        }

        if (candidate.Next[0] is '«' or '"' or '“' or '„' or '(')
        {
            return new Verdict(false, false, $"«{candidate.Next}» opens a quotation or a bracket, whose capital starts no sentence", Weighed: false);
        }

        var next = candidate.Next;
        var letters = next.Split('-')[0];
        letters = new string([.. letters.TakeWhile(c => char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)]);
        if (letters.Length == 0)
        {
            return new Verdict(false, false, $"«{next}» is no word", Weighed: false);
        }

        if (letters.Length >= 2 && letters.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            return new Verdict(false, false, $"«{letters}» is in capitals, whose capital starts no sentence", Weighed: false);
        }

        if (letters.Length == 1)
        {
            return new Verdict(false, false, $"«{next}» is a single letter, an initial's or a preposition's", Weighed: false);
        }

        var count = cases.InsideSentences(TextKey.Fold(letters));

        // This place counted itself as a capital inside a sentence (the source's words do not know it is a heading).
        var capitalsElsewhere = count.Upper + count.Capitalised - 1;
        if (capitalsElsewhere > 0)
        {
            return new Verdict(false, false, $"the corpus capitalises «{letters}» inside sentences elsewhere ({Times(capitalsElsewhere)}): a name, and the sentence may go on");
        }

        if (count.Lower == 0)
        {
            return new Verdict(false, false, $"the corpus writes «{letters}» nowhere else inside a sentence: nothing says a sentence starts there");
        }

        var evidence = $"before «{letters}», which the corpus writes in lower case inside sentences ({Times(count.Lower)}) and never capitalised: a sentence starts there, and no stop ends the phrase before it";
        return new Verdict(true, count.Lower < StrongLowerCaseCount, evidence);
    }

    private static string Times(int count) => count == 1 ? "once" : $"{count} times";
}
