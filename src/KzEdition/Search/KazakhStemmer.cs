using System.Collections.Frozen;

namespace KzEdition.Search;

/// <summary>
/// A suffix-stripping stemmer for Kazakh, so that the inflected forms of one word meet in one
/// search key: елдердің, елдері, еліміз → ел; бағдарламасындағы → бағдарлама; НАТО-ның → нато.
/// </summary>
/// <remarks>
/// <para>The word is put in NFC, stress marks are dropped (НА́ТО is НАТО), and then:</para>
/// <list type="number">
/// <item>A word with a hyphen whose last part is nothing but endings (НАТО-ның, КСРО-ға) is its
/// first part; any other hyphenated word keeps its first part and stems its last
/// (штаб-пәтерінде → штаб-пәтер).</item>
/// <item>A word with anything but letters (1990, 9-12) and an acronym (two to five capitals:
/// НАТО, ИПАП, ЕАӘК) is only lower-cased. So is a protected word (<see cref="KazakhLexicon.Protected"/>).</item>
/// <item>Suffixes are stripped slot by slot from the end of the word inward, at most one a slot,
/// each slot optional, as Kazakh orders them:
/// person (-мын, -мыз, -сың) → relative (-ғы, closing -дағы) → case, or a finite verb ending in
/// its place (-ның, -ды, -ға, -да, -нан, -мен; -ады, -майды, -ып, -са, -атын) → possessive
/// (-ы/-сы, -ымыз) → plural (-лар) → verbal noun or participle (-у, -ған) → negation (-ма, only
/// inside a verb form). Within a slot the longest suffix is tried first, and one is stripped only
/// where the language would write that variant: its first consonant must suit the letter before
/// it (жыл-дың, ел-ге, халық-тың; Қазақстан-ның), its vowel must agree with the stem's last
/// back or front vowel (ел-дер, not ел-дар), and at least <see cref="MinStemLength"/> letters,
/// one of them a vowel, must stay. Stripping stops at a protected word.</item>
/// <item>The stem is repaired: a stem ending in ы/і left by a verb ending loses it, as before -у
/// (дамы-ған and даму → дам); a final б, г, ғ is written п, к, қ, the form the word has
/// before a consonant or at its end (кітабы → кітап, қауіпсіздігі → қауіпсіздік,
/// ынтымақтастығы → ынтымақтастық); and a stem whose vowel dropped before a vowel gets it back
/// (халқы → халық, орны → орын).</item>
/// </list>
/// <para>It is deterministic and allocation-light: no regular expressions; the word is lower-cased
/// once into a buffer and stripped by shortening a span over it, each slot reading only the
/// suffixes the word ends with from a trie (<see cref="KazakhSuffixSlot"/>), the lexicon asked
/// by span; one string is made, the stem. theme/assets/search/stemmer.js is the same algorithm,
/// step for step, for the browser.</para>
/// </remarks>
public static class KazakhStemmer
{
    /// <summary>The fewest letters a stem keeps.</summary>
    public const int MinStemLength = 2;

    /// <summary>An acronym (НАТО, ИПАП, ЕАӘК) is two to five capitals: only lower-cased.</summary>
    private const int MaxAcronymLength = 5;

    /// <summary>Words up to this length are lower-cased on the stack; a longer one (no Kazakh word is) into an array.</summary>
    private const int StackLength = 128;

    private static readonly KazakhSuffixSlot Person = Slot(KazakhSuffixes.Person);
    private static readonly KazakhSuffixSlot Relative = Slot(KazakhSuffixes.Relative);
    private static readonly KazakhSuffixSlot Case = Slot(KazakhSuffixes.Case);
    private static readonly KazakhSuffixSlot Possessive = Slot(KazakhSuffixes.Possessive);
    private static readonly KazakhSuffixSlot Plural = Slot(KazakhSuffixes.Plural);
    private static readonly KazakhSuffixSlot Deverbal = Slot(KazakhSuffixes.Deverbal);
    private static readonly KazakhSuffixSlot Negation = Slot(KazakhSuffixes.Negation);

    /// <summary>The slots after the personal ending, outermost first.</summary>
    private static readonly KazakhSuffixSlot[] InnerSlots = [Relative, Case, Possessive, Plural, Deverbal];

    /// <summary>The slots whose endings alone may follow a hyphen (НАТО-ның, КСРО-дағы), outermost first.</summary>
    private static readonly KazakhSuffixSlot[] EndingSlots = [Person, Relative, Case, Possessive, Plural];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Protected =
        KazakhLexicon.Protected.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VerbStems =
        KazakhLexicon.VerbStems.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ElidedStems =
        KazakhLexicon.ElidedStems.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var text = SearchText.Prepare(word);
        var hyphen = text.LastIndexOf('-');
        if (hyphen > 0 && hyphen < text.Length - 1)
        {
            var head = text[..hyphen];
            var tail = SearchText.Lower(text[(hyphen + 1)..]);
            return IsEndingsOnly(tail) ? StemPart(head) : SearchText.Lower(head) + "-" + StemPart(tail);
        }

        return StemPart(text);
    }

    private static string StemPart(string part)
    {
        if (part.Length <= MinStemLength)
        {
            return SearchText.Lower(part);
        }

        // Lower-cased letter by letter, as the whole string would be, while making sure it is all
        // letters (SearchText.IsAllLetters) and seeing whether it is all capitals (IsAcronym).
        var word = part.Length <= StackLength ? stackalloc char[part.Length] : new char[part.Length];
        var capitals = true;
        for (var i = 0; i < part.Length; i++)
        {
            if (!SearchText.IsLetter(part[i]))
            {
                return SearchText.Lower(part);
            }

            word[i] = SearchText.Lower(part[i]);
            capitals &= word[i] != part[i];
        }

        if (capitals && part.Length <= MaxAcronymLength)
        {
            return new string(word);
        }

        if (Protected.TryGetValue(word, out var whole))
        {
            return whole;
        }

        var stem = word;
        var verbal = false;
        var singularPerson = false;

        if (Strip(ref stem, Person, false, out var person))
        {
            singularPerson = person.Text is "мын" or "мін" or "бын" or "бін" or "пын" or "пін" or "сың" or "сің";
            if (Protected.TryGetValue(stem, out var kept))
            {
                return kept;
            }
        }

        foreach (var slot in InnerSlots)
        {
            if (Strip(ref stem, slot, singularPerson, out var stripped))
            {
                verbal |= stripped.Verbal;
                singularPerson = false;
                if (Protected.TryGetValue(stem, out var kept))
                {
                    return kept;
                }
            }
        }

        if (verbal && Strip(ref stem, Negation, false, out _) && Protected.TryGetValue(stem, out var afterNegation))
        {
            return afterNegation;
        }

        return Repair(stem, verbal);
    }

    /// <summary>Strips the longest suffix of the slot whose conditions hold; false when none does.</summary>
    private static bool Strip(ref Span<char> stem, KazakhSuffixSlot slot, bool afterSingularPerson, out KazakhSuffix stripped)
    {
        ReadOnlySpan<char> letters = stem;
        foreach (ref readonly var candidate in slot.EndingsOf(letters))
        {
            if (Allows(letters, candidate, afterSingularPerson))
            {
                stem = stem[..^candidate.Suffix.Text.Length];
                stripped = candidate.Suffix;
                return true;
            }
        }

        stripped = null!;
        return false;
    }

    private static bool Allows(ReadOnlySpan<char> stem, in KazakhSuffixSlot.Candidate candidate, bool afterSingularPerson)
    {
        var suffix = candidate.Suffix;
        var remainderLength = stem.Length - suffix.Text.Length;
        if (remainderLength < Math.Max(suffix.MinRemainder, MinStemLength))
        {
            return false;
        }

        var remainder = stem[..remainderLength];
        if (!ContainsVowel(remainder) || (Classify(remainder) & suffix.Follows) == 0)
        {
            return false;
        }

        if (suffix.Harmonic)
        {
            var suffixIsBack = candidate.IsBack;
            var stemIsBack = HarmonyOf(remainder);
            if (suffixIsBack is not null && stemIsBack is not null && suffixIsBack != stemIsBack)
            {
                return false;
            }
        }

        var last = remainder[^1];
        return suffix.Rule switch
        {
            SuffixRule.AfterPossessive => last is 'ы' or 'і',
            SuffixRule.NotAfterS => last != 'с',
            SuffixRule.NotAfterD => last != 'д',
            SuffixRule.AfterSingularPerson => afterSingularPerson,
            SuffixRule.KnownVerbStem => VerbStems.Contains(remainder),
            SuffixRule.VerbStem => IsVerbStem(remainder),
            SuffixRule.AfterLocative => remainder.EndsWith("да") || remainder.EndsWith("де") || remainder.EndsWith("та") || remainder.EndsWith("те"),
            SuffixRule.NotAfterHighVowel => last is not ('ы' or 'і'),
            SuffixRule.NotAfterParticiple => !(remainder.EndsWith("ға") || remainder.EndsWith("ге") || remainder.EndsWith("қа") || remainder.EndsWith("ке")),
            SuffixRule.AfterVowelStem => last is not ('ы' or 'і') || remainder[^2] == 'ш',
            SuffixRule.NotAfterAgentSh => last != 'ш' || remainder.Length < 4,
            _ => true,
        };
    }

    private static bool IsVerbStem(ReadOnlySpan<char> remainder)
    {
        if (VerbStems.Contains(remainder))
        {
            return true;
        }

        foreach (var ending in KazakhLexicon.VerbStemEndings)
        {
            if (remainder.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The stem repaired in place (it is the stemmer's own buffer), then made a string: the one the stemmer returns.</summary>
    private static string Repair(Span<char> stem, bool verbal)
    {
        // A verb stem in ы/і loses it before -у (дамы-ған, даму): drop it after every verb ending.
        if (verbal && stem.Length > MinStemLength && stem[^1] is 'ы' or 'і' && IsConsonantLetter(stem[^2]))
        {
            stem = stem[..^1];
        }

        // No Kazakh word ends in б, г, ғ: they are п, к, қ voiced before a vowel (кітап, кітабы).
        stem[^1] = stem[^1] switch { 'б' => 'п', 'г' => 'к', 'ғ' => 'қ', var last => last };

        return ElidedStems.TryGetValue(stem, out var full) ? full : new string(stem);
    }

    /// <summary>Whether a hyphenated word's last part is endings alone (НАТО-ның, КСРО-дағы, ЕО-мен).</summary>
    private static bool IsEndingsOnly(string tail)
    {
        if (!SearchText.IsAllLetters(tail))
        {
            return false;
        }

        // Each slot strips its first suffix (in the table's order) that the rest ends with; nothing is left after the last.
        ReadOnlySpan<char> rest = tail;
        foreach (var slot in EndingSlots)
        {
            foreach (ref readonly var candidate in slot.EndingsOf(rest))
            {
                if (!candidate.Suffix.Verbal)
                {
                    rest = rest[..^candidate.Suffix.Text.Length];
                    break;
                }
            }

            if (rest.Length == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static KazakhSuffixSlot Slot(IReadOnlyList<KazakhSuffix> suffixes) => new(suffixes, text => HarmonyOf(text));

    /// <summary>The class of what stands before a suffix: its last letter's, or the one before a final soft or hard sign.</summary>
    private static LetterClass Classify(ReadOnlySpan<char> remainder)
    {
        var last = remainder[^1];
        if (last is 'ь' or 'ъ' && remainder.Length > 1)
        {
            last = remainder[^2];
        }

        return ClassOf(last);
    }

    private static LetterClass ClassOf(char letter) => letter switch
    {
        'а' or 'ә' or 'е' or 'ё' or 'и' or 'о' or 'ө' or 'ұ' or 'ү' or 'ы' or 'і' or 'э' or 'ю' or 'я' => LetterClass.Vowel,
        'й' or 'у' or 'р' => LetterClass.Sonant,
        'л' => LetterClass.Lateral,
        'м' or 'н' or 'ң' => LetterClass.Nasal,
        'ж' or 'з' => LetterClass.Sibilant,
        _ => LetterClass.Voiceless,
    };

    private static bool IsConsonantLetter(char c) => ClassOf(c) != LetterClass.Vowel && c != 'у';

    private static bool ContainsVowel(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is 'у' || ClassOf(c) == LetterClass.Vowel)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True for back, false for front, null when the text shows neither; judged by its last vowel
    /// that tells: а о ұ ы я are back, ә е ө ү і э и front (loanwords in и take front endings:
    /// министр-лер, саммит-те); е after a vowel (the "йе" of Назарбаев-тың), ю, ё tell nothing,
    /// nor does у except between consonants, where it is the back vowel of a loanword
    /// (ресурс-тар), while a verbal noun's final -у follows the vowel before it (беру-ге). A soft
    /// sign makes a loanword front (кинофестиваль-дер).
    /// </summary>
    private static bool? HarmonyOf(ReadOnlySpan<char> text)
    {
        if (text[^1] == 'ь')
        {
            return false;
        }

        for (var i = text.Length - 1; i >= 0; i--)
        {
            switch (text[i])
            {
                case 'а' or 'о' or 'ұ' or 'ы' or 'я':
                    return true;
                case 'е' when i > 0 && !IsConsonantLetter(text[i - 1]):
                    continue;
                case 'ә' or 'е' or 'ө' or 'ү' or 'і' or 'э' or 'и':
                    return false;
                case 'у' when i > 0 && i < text.Length - 1 && IsConsonantLetter(text[i - 1]) && IsConsonantLetter(text[i + 1]):
                    return true;
            }
        }

        return null;
    }
}
