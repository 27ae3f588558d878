using System.Buffers;
using System.Collections.Frozen;
using KzEdition.Text;

namespace KzEdition.Indexing;

/// <summary>
/// Finds the mentions of known terms in running text, in any inflected form: each term is
/// given as the spellings it goes by (Н.Ә. Назарбаев, Назарбаев; НАТО, NATO), and a mention is
/// those words with an inflectional ending on the last (Назарбаевтың, НАТО-ның, Орталық Азиядағы).
/// </summary>
/// <remarks>
/// Words are compared by <see cref="WordTokens.KeyOf"/>, and the words of a many-word spelling may
/// be separated only by spaces, dots and hyphens (Н.Ә.Назарбаев = Н. Ә. Назарбаев). A spelling in
/// capitals matches capitals only (the acronym ОА is not the word оа); a capitalised spelling
/// matches capitalised words only (the place Ақсу, not the adjective ақсу). The longest spelling
/// wins where two start together (Орталық Азия before Азия).
/// </remarks>
public sealed class TermMatcher
{
    /// <param name="RussianStem">A Russian noun's stem without its last letter (Турци of Турция): a mention in Russian text only, and only with an ending.</param>
    private sealed record Spelling(string[] Words, bool Capitals, bool Capitalised, string Entry, bool RussianStem = false);

    /// <summary>How long a Russian noun in -а/-я must be for its stem without that letter to be looked for (Турция, Европа; not Рига).</summary>
    private const int ShortestRussianNoun = 5;

    /// <summary>
    /// The spellings of one first word, the most words first, and where its one-word spellings begin:
    /// a first word found as the stem of a longer word (Н of Назарбаев, Қ of Қазақстан) can only be a
    /// one-word spelling inflected, so the many-word ones (Н.Ә. Назарбаев and forty other initials) are
    /// not tried there.
    /// </summary>
    private sealed record Candidates(Spelling[] Spellings, int FirstOneWord);

    /// <summary>A word of the text being matched: where it is, and where its key is in the call's buffer of keys.</summary>
    private readonly record struct Word(int Start, int End, int KeyStart, int KeyLength);

    private readonly FrozenDictionary<string, Candidates> _byFirstWord;

    /// <summary>The same, looked up by a span of a key: a stem is tried without cutting a string of it.</summary>
    private readonly FrozenDictionary<string, Candidates>.AlternateLookup<ReadOnlySpan<char>> _byFirstWordSpan;

    /// <summary>
    /// For the first two letters of the first words (packed in one number, see <see cref="FirstLetters"/>),
    /// the lengths of the first words that begin so, longest first: the only stems of a key worth
    /// looking up. Most words of a text begin no first word, and are passed over with this one look; a
    /// word that does is looked up at a length or two, not at every length of stem.
    /// </summary>
    private readonly FrozenDictionary<int, int[]> _stemLengths;

    /// <summary>The first words of one letter (the initials Н, М, Х of Н.Ә. Назарбаев …), each once.</summary>
    private readonly string _oneLetterWords;

    private readonly int _longestWord;

    /// <param name="spellings">Each spelling and the key of the entry it names.</param>
    public TermMatcher(IEnumerable<(string Spelling, string Entry)> spellings)
    {
        var all = new List<Spelling>();
        foreach (var (text, entry) in spellings)
        {
            var words = WordTokens.Split(text);
            if (words.Count == 0)
            {
                continue;
            }

            var first = text.AsSpan(words[0].Start, words[0].Length);
            var spelling = new Spelling(
                [.. words.Select(w => w.Key)],
                words.All(w => WordTokens.IsCapitals(text.AsSpan(w.Start, w.Length))),
                char.IsUpper(first[0]),
                entry);
            all.Add(spelling);

            // A Russian noun in -а/-я declines by its last letter (Турция: Турции, Турцией; Европа:
            // Европе), which the endings after a whole word do not reach: its stem is looked for too.
            if (spelling.Words is [{ Length: >= ShortestRussianNoun } word] && !spelling.Capitals && word[^1] is 'а' or 'я')
            {
                all.Add(spelling with { Words = [word[..^1]], RussianStem = true });
            }
        }

        _byFirstWord = all
            .GroupBy(s => s.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => CandidatesOf([.. g.OrderByDescending(s => s.Words.Length).ThenBy(s => s.Entry, StringComparer.Ordinal)]), StringComparer.Ordinal);
        _byFirstWordSpan = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _stemLengths = _byFirstWord.Keys
            .Where(w => w.Length >= 2)
            .GroupBy(w => FirstLetters(w))
            .ToFrozenDictionary(g => g.Key, g => g.Select(w => w.Length).Distinct().OrderDescending().ToArray());
        _oneLetterWords = string.Concat(_byFirstWord.Keys.Where(w => w.Length == 1));
        _longestWord = all.Count == 0 ? 0 : all.Max(s => s.Words[0].Length);
    }

    public bool IsEmpty => _byFirstWord.Count == 0;

    /// <summary>Every mention in <paramref name="text"/>, in order, none overlapping.</summary>
    /// <remarks>
    /// The text's words are found once (<see cref="WordTokens.NextWord"/>, as <see cref="WordTokens.Split"/>
    /// finds them), their keys written side by side in one rented buffer: no string a word, none a stem.
    /// </remarks>
    public List<TermMatch> Matches(string text, string lang)
    {
        var matches = new List<TermMatch>();
        if (IsEmpty)
        {
            return matches;
        }

        // A text of n characters has at most (n + 1) / 2 words, and its keys at most n letters.
        var keys = ArrayPool<char>.Shared.Rent(text.Length + 1);
        var found = ArrayPool<Word>.Shared.Rent((text.Length / 2) + 1);
        var count = 0;
        for (var (at, keyAt) = (0, 0); WordTokens.NextWord(text, at, keys.AsSpan(keyAt), out var start, out var end, out var keyLength); (at, keyAt) = (end, keyAt + keyLength))
        {
            found[count++] = new Word(start, end, keyAt, keyLength);
        }

        var words = new Words(text, found.AsSpan(0, count), keys);
        for (var i = 0; i < count; i++)
        {
            if (Longest(words, i, lang) is { } mention)
            {
                matches.Add(mention.Match);
                i = mention.LastToken;
            }
        }

        ArrayPool<Word>.Shared.Return(found);
        ArrayPool<char>.Shared.Return(keys);
        return matches;
    }

    private (TermMatch Match, int LastToken)? Longest(in Words words, int i, string lang)
    {
        (TermMatch Match, int LastToken)? best = null;
        var key = words.Key(i);
        var longest = Math.Min(key.Length, _longestWord);
        var shortest = Math.Max(1, key.Length - NominalEndings.MaxLength);

        // The first word may itself be the inflected one (a one-word spelling): try each stem of it, longest
        // first, at the lengths a first word of its first letters has (a one-letter word comes last).
        if (key.Length >= 2 && _stemLengths.TryGetValue(FirstLetters(key), out var lengths))
        {
            foreach (var stem in lengths)
            {
                if (stem <= longest && stem >= shortest)
                {
                    TryStem(words, i, stem, lang, ref best);
                }
            }
        }

        if (shortest == 1 && _oneLetterWords.Contains(key[0]))
        {
            TryStem(words, i, 1, lang, ref best);
        }

        return best;
    }

    /// <summary>Each spelling whose first word is the key's first <paramref name="stem"/> letters, fitted at word <paramref name="i"/>; the longest mention so far is kept (the first of equals).</summary>
    private void TryStem(in Words words, int i, int stem, string lang, ref (TermMatch Match, int LastToken)? best)
    {
        var key = words.Key(i);
        if (!_byFirstWordSpan.TryGetValue(key[..stem], out var candidates))
        {
            return;
        }

        // A stem inside the word: the spelling is one word, inflected (Fit would refuse every other).
        var spellings = candidates.Spellings.AsSpan(stem == key.Length ? 0 : candidates.FirstOneWord);
        foreach (var spelling in spellings)
        {
            if (Fit(words, i, spelling, stem, lang) is { } fit && (best is null || fit.Match.Length > best.Value.Match.Length))
            {
                best = fit;
            }
        }
    }

    private static (TermMatch Match, int LastToken)? Fit(in Words words, int i, Spelling spelling, int firstStem, string lang)
    {
        var text = words.Text;
        var n = spelling.Words.Length;
        if (i + n > words.Count || (n > 1 && firstStem != words.Key(i).Length))
        {
            return null;
        }

        for (var k = 1; k < n; k++)
        {
            if (!IsJoint(text, words[i + k - 1].End, words[i + k].Start))
            {
                return null;
            }

            var key = words.Key(i + k);
            var last = k == n - 1;
            if (!(key.SequenceEqual(spelling.Words[k]) || (last && key.StartsWith(spelling.Words[k], StringComparison.Ordinal))))
            {
                return null;
            }
        }

        var lastToken = words[i + n - 1];
        var lastKey = words.Key(i + n - 1);
        var lastStem = n == 1 ? firstStem : spelling.Words[^1].Length;

        // A stem ending inside a word needs the rest to be an inflection, and the word to look like the spelling.
        var inflected = lastStem < lastKey.Length;
        if (spelling.RussianStem && (lang != "ru" || !inflected))
        {
            return null;
        }

        var rest = lastKey[lastStem..];
        if (inflected && !NominalEndings.IsInflection(rest, lang)
            && !(lang != "ru" && EndsInPossessive(spelling.Words, lastStem) && NominalEndings.IsInflectionAfterPossessive(rest)))
        {
            return null;
        }

        var stemEnd = inflected ? TextIndexOf(text, lastToken.Start, lastStem) : lastToken.End;

        var surface = text.AsSpan(words[i].Start, stemEnd - words[i].Start);
        if (spelling.Capitals && !WordTokens.IsCapitals(surface))
        {
            return null;
        }

        if (spelling.Capitalised && !char.IsUpper(text[words[i].Start]))
        {
            return null;
        }

        // НАТО-ның, ISAF-тың: an ending after a hyphen belongs to the mention.
        var end = lastToken.End;
        var lastIndex = i + n - 1;
        if (!inflected && lastIndex + 1 < words.Count)
        {
            var next = words[lastIndex + 1];
            if (next.Start == end + 1 && text[end] is '-' or '‑' && NominalEndings.IsInflection(words.Key(lastIndex + 1), lang) && char.IsLower(text[next.Start]))
            {
                end = next.End;
                lastIndex++;
            }
        }

        return (new TermMatch(words[i].Start, end - words[i].Start, stemEnd - words[i].Start, spelling.Entry), lastIndex);
    }

    /// <summary>
    /// Whether a spelling of several words ends, whole, in the possessive of the third person, as a
    /// Kazakh name's head does (ынтымақтастық кеңесі, Орталық Азия аймағы: the izafet): its case
    /// endings are then those after a possessive (кеңесі·не, аймағы·нда). A name of one word
    /// ending in -ы/-і (Алматы) is mostly no possessive, and is left as it was.
    /// </summary>
    private static bool EndsInPossessive(string[] words, int lastStem) =>
        words.Length > 1 && lastStem == words[^1].Length && words[^1].Length >= 3 && words[^1][^1] is 'ы' or 'і';

    /// <summary>A first word's spellings (the most words first), and where its one-word spellings begin.</summary>
    private static Candidates CandidatesOf(Spelling[] mostWordsFirst)
    {
        var firstOneWord = Array.FindIndex(mostWordsFirst, s => s.Words.Length == 1);
        return new Candidates(mostWordsFirst, firstOneWord < 0 ? mostWordsFirst.Length : firstOneWord);
    }

    /// <summary>A key's first two letters packed in one number.</summary>
    private static int FirstLetters(ReadOnlySpan<char> key) => (key[0] << 16) | key[1];

    /// <summary>Where in the text the first <paramref name="keyLength"/> letters of a word's key end (the key has no stress marks).</summary>
    private static int TextIndexOf(string text, int wordStart, int keyLength)
    {
        var index = wordStart;
        for (var letters = 0; letters < keyLength; index++)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(text[index]) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                letters++;
            }
        }

        return index;
    }

    /// <summary>Whether the gap between two words of one name is only spaces, dots or a hyphen (Н.Ә. Назарбаев, Еуро-Атлантикалық).</summary>
    private static bool IsJoint(string text, int from, int to)
    {
        if (to - from is < 1 or > 3)
        {
            return false;
        }

        for (var c = from; c < to; c++)
        {
            if (text[c] is not (' ' or '.' or '-' or '‑'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The words of the text being matched, with their keys: the scratch of one call.</summary>
    private readonly ref struct Words(string text, ReadOnlySpan<Word> words, char[] keys)
    {
        private readonly ReadOnlySpan<Word> _words = words;

        public string Text { get; } = text;

        public int Count => _words.Length;

        public Word this[int index] => _words[index];

        public ReadOnlySpan<char> Key(int index) => keys.AsSpan(_words[index].KeyStart, _words[index].KeyLength);
    }
}
