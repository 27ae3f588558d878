using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;

namespace KzEdition.Search;

/// <summary>A paragraph as the search index files it: its length in words and each key with how often it occurs.</summary>
public sealed record SearchParagraph(int Length, ImmutableArray<(string Key, int Count)> Terms)
{
    /// <summary>About how many characters a word takes in running text with its space (Kazakh words are long): what the tables are first made for.</summary>
    private const int CharactersPerWord = 8;

    /// <summary>The words of a text, stemmed in its language and keyed (<see cref="SearchKey"/>).</summary>
    /// <remarks>
    /// A paragraph says many words more than once (және, НАТО, ынтымақтастық): each distinct word is
    /// stemmed and keyed once, the first time, and counted in its place after. Words that share a
    /// key (елдер, елге) are counted together once sorted. The places are this call's own; each
    /// word's stem and key are remembered across calls (<see cref="WordKeyCache"/>).
    /// </remarks>
    public static SearchParagraph Of(string text, string lang)
    {
        var stemmer = WordStemmer.Languages.Contains(lang) ? lang : "kk";
        var expectedWords = text.Length / CharactersPerWord;

        // The tables are this thread's, emptied for each paragraph: made anew for each they were half
        // of what the step allocated (the paragraphs are read on every core, never one inside another).
        var placeOfWord = _placeOfWord ??= new(StringComparer.Ordinal); // its place in counted, or -1: a word without a key
        var counted = _counted ??= [];
        placeOfWord.Clear();
        placeOfWord.EnsureCapacity(expectedWords);
        counted.Clear();
        counted.EnsureCapacity(expectedWords);
        var wordLookup = placeOfWord.GetAlternateLookup<ReadOnlySpan<char>>();
        Dictionary<string, int[]>? placesOfAlso = null; // the places of the keys a word is also filed under (rare: made when one is met)
        var length = 0;
        for (var position = 0; NextWord(text, ref position, out var start, out var end);)
        {
            var word = text.AsSpan(start, end - start);
            if (!wordLookup.TryGetValue(word, out var place))
            {
                var (stem, key) = WordKeyCache.Of(word, StemmerOf(word, stemmer), out var written);
                place = key.Length == 0 ? -1 : counted.Count;
                if (place >= 0)
                {
                    counted.Add((key, 0));
                    if (IsCompound(stem) || IsAcronym(word))
                    {
                        (placesOfAlso ??= new(StringComparer.Ordinal))[written] = AlsoPlaces(written, stem, key, stemmer, counted);
                    }
                }

                placeOfWord.Add(written, place);
            }

            if (place >= 0)
            {
                length++;
                var places = CollectionsMarshal.AsSpan(counted);
                places[place].Count++;
                if (placesOfAlso is not null && placesOfAlso.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var also))
                {
                    foreach (var other in also)
                    {
                        places[other].Count++;
                    }
                }
            }
        }

        return new SearchParagraph(length, InKeyOrder(counted));
    }

    [ThreadStatic]
    private static Dictionary<string, int>? _placeOfWord;

    [ThreadStatic]
    private static List<(string Key, int Count)>? _counted;

    /// <summary>The stemmer a word is read by: its article's language's, but an acronym's is always the Kazakh one (<see cref="IsAcronym"/>).</summary>
    private static string StemmerOf(ReadOnlySpan<char> word, string stemmer) => stemmer != "kk" && IsAcronym(word) ? "kk" : stemmer;

    /// <summary>
    /// Whether a stem is a compound whose parts are words of their own (көші-қон, НАТО-Қазақстан,
    /// штаб-пәтер): the stemmer kept a hyphen after its first character, as it does unless the part
    /// after it is endings only (НАТО-ның → нато). search.js's textKeys asks the same.
    /// </summary>
    public static bool IsCompound(string stem) => stem.Length > 1 && stem.AsSpan(1).IndexOfAny('-', '‑') >= 0;

    /// <summary>
    /// The places in <paramref name="counted"/> of the keys a word is filed under besides its own:
    /// <list type="bullet">
    /// <item>a compound's parts, each stemmed as a word of its own: so НАТО finds НАТО-Қазақстан,
    /// and "көші қон" typed with a space finds көші-қон (a part whose key is the whole's, or empty,
    /// is not filed again);</item>
    /// <item>a word opening in capitals (НАТО-ның, ЕО, OTAN) under its capitals' acronym key
    /// (<see cref="AcronymKey"/>), which a query in capitals looks up alone: so ЕО finds the
    /// acronym and not the Russian «ее», and OTAN not отанына.</item>
    /// </list>
    /// </summary>
    private static int[] AlsoPlaces(string word, string stem, string wholeKey, string stemmer, List<(string Key, int Count)> counted)
    {
        var places = new List<int>(2);
        void File(string key)
        {
            // A key met elsewhere in the paragraph too is counted together with it once sorted (InKeyOrder).
            places.Add(counted.Count);
            counted.Add((key, 0));
        }

        if (IsCompound(stem))
        {
            foreach (var part in word.Split(['-', '‑'], StringSplitOptions.RemoveEmptyEntries))
            {
                var key = WordKeyCache.Of(part, StemmerOf(part, stemmer)).Key;
                if (key.Length > 0 && key != wholeKey)
                {
                    File(key);
                }
            }
        }

        if (AcronymKey(word) is { } acronym)
        {
            File(acronym);
        }

        return [.. places];
    }

    /// <summary>The mark that opens an acronym key: not a character any other key has (<see cref="SearchKey"/> keeps letters and digits).</summary>
    public const char AcronymMark = '!';

    /// <summary>
    /// The acronym key of a word that opens with two capitals or more (<see cref="IsAcronym"/>):
    /// <see cref="AcronymMark"/> and the key of its capitals (НАТО-ның → !nato, OTAN → !otan), or null.
    /// search.js's acronymKey is the same.
    /// </summary>
    public static string? AcronymKey(ReadOnlySpan<char> word)
    {
        if (!IsAcronym(word))
        {
            return null;
        }

        var capitals = word.IndexOfAny('-', '‑');
        var key = SearchKey.Of((capitals < 0 ? word : word[..capitals]).ToString());
        return key.Length == 0 ? null : AcronymMark + key;
    }

    /// <summary>The words' keys in ordinal order, each once with the counts of its words added up.</summary>
    /// <remarks>
    /// Sorted first as numbers, each key's first four letters packed in one (<see cref="FirstLetters"/>):
    /// a sort of numbers is the fast kind, and it was a fifth of the step as a sort of strings. Keys
    /// that start alike are then put in order as strings.
    /// </remarks>
    private static ImmutableArray<(string Key, int Count)> InKeyOrder(List<(string Key, int Count)> counted)
    {
        var firstLetters = ArrayPool<ulong>.Shared.Rent(counted.Count);
        var places = ArrayPool<int>.Shared.Rent(counted.Count);
        try
        {
            for (var i = 0; i < counted.Count; i++)
            {
                firstLetters[i] = FirstLetters(counted[i].Key);
                places[i] = i;
            }

            Array.Sort(firstLetters, places, 0, counted.Count);
            for (var start = 0; start < counted.Count;)
            {
                var end = start + 1;
                while (end < counted.Count && firstLetters[end] == firstLetters[start])
                {
                    end++;
                }

                if (end - start > 1)
                {
                    places.AsSpan(start, end - start).Sort((a, b) => string.CompareOrdinal(counted[a].Key, counted[b].Key));
                }

                start = end;
            }

            // Counted first, so that the terms are one array of their size, given as it is.
            var distinct = 0;
            for (var i = 0; i < counted.Count; i++)
            {
                if (i == 0 || counted[places[i]].Key != counted[places[i - 1]].Key)
                {
                    distinct++;
                }
            }

            var terms = new (string Key, int Count)[distinct];
            var at = -1;
            for (var i = 0; i < counted.Count; i++)
            {
                var (key, count) = counted[places[i]];
                if (at >= 0 && terms[at].Key == key)
                {
                    terms[at].Count += count;
                }
                else
                {
                    terms[++at] = (key, count);
                }
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(terms);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(firstLetters);
            ArrayPool<int>.Shared.Return(places);
        }
    }

    /// <summary>
    /// The first four characters of a key in one number, the first highest (a missing one as 0):
    /// two keys whose numbers differ are in the numbers' order, ordinally; equal numbers say nothing.
    /// </summary>
    private static ulong FirstLetters(string key)
    {
        var letters = 0UL;
        for (var i = 0; i < 4; i++)
        {
            letters = (letters << 16) | (i < key.Length ? key[i] : 0UL);
        }

        return letters;
    }

    /// <summary>
    /// Finds the next word from <paramref name="position"/>, as the pattern
    /// <c>[\p{L}\p{M}\p{N}]+(?:[-‑][\p{L}\p{M}\p{N}]+)*</c> would match it: letters, marks and
    /// digits, hyphenated parts kept together (НАТО-ның, іс-қимыл), as the stemmers take them. A
    /// hyphen joins only when a letter follows it. Scanned by hand: a regex match a word cost more
    /// than stemming it.
    /// </summary>
    private static bool NextWord(string text, ref int position, out int start, out int end)
    {
        var i = position;
        while (i < text.Length && !IsWordCharacter(text[i]))
        {
            i++;
        }

        start = i;
        while (i < text.Length && IsWordCharacter(text[i]))
        {
            i++;
            if (i + 1 < text.Length && text[i] is '-' or '‑' && IsWordCharacter(text[i + 1]))
            {
                i++;
            }
        }

        end = position = i;
        return end > start;
    }

    /// <summary>\p{L}, \p{M} or \p{N}: the first eleven Unicode categories, letters (Lu Ll Lt Lm Lo), marks (Mn Mc Me), numbers (Nd Nl No).</summary>
    private static bool IsWordCharacter(char c) =>
        c < WordCharactersBelow0500.Length ? WordCharactersBelow0500[c] : char.GetUnicodeCategory(c) <= UnicodeCategory.OtherNumber;

    /// <summary>The answer for ASCII, Latin and Cyrillic, where the edition's text is, read from a table: asked for every character.</summary>
    private static readonly bool[] WordCharactersBelow0500 =
        [.. Enumerable.Range(0, 0x500).Select(c => char.GetUnicodeCategory((char)c) <= UnicodeCategory.OtherNumber)];

    /// <summary>
    /// A word in capitals (НАТО, НАТО-ның) is an acronym in any language: the Kazakh stemmer keeps
    /// it whole (Snowball's Russian stemmer would make НАТО нат). search.js's textKey does the same.
    /// Two capitals at least (\p{Lu}) from its start, then a hyphen or its end.
    /// </summary>
    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        var capitals = 0;
        while (capitals < word.Length && char.IsUpper(word[capitals]))
        {
            capitals++;
        }

        return capitals >= 2 && (capitals == word.Length || word[capitals] is '-' or '‑');
    }
}
