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
    private static readonly KazakhSuffixSlot Nominaliser = Slot(KazakhSuffixes.Nominaliser);
    private static readonly KazakhSuffixSlot Deverbal = Slot(KazakhSuffixes.Deverbal);
    private static readonly KazakhSuffixSlot Negation = Slot(KazakhSuffixes.Negation);
    private static readonly KazakhSuffixSlot Voice = Slot(KazakhSuffixes.Voice);
    private static readonly KazakhSuffixSlot RelativeAdjective = Slot(KazakhSuffixes.RelativeAdjective);

    /// <summary>The slots after the personal ending, outermost first.</summary>
    private static readonly KazakhSuffixSlot[] InnerSlots = [Relative, Case, Possessive, Plural, Nominaliser, Deverbal];

    /// <summary>The slots whose endings alone may follow a hyphen (НАТО-ның, КСРО-дағы), outermost first.</summary>
    private static readonly KazakhSuffixSlot[] EndingSlots = [Person, Relative, Case, Possessive, Plural];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Protected =
        KazakhLexicon.Protected.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VerbStems =
        KazakhLexicon.VerbStems.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ElidedStems =
        KazakhLexicon.ElidedStems.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Pronouns =
        KazakhLexicon.Pronouns.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> LoanwordStems =
        KazakhLexicon.LoanwordStems.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> VerbAlternations =
        KazakhLexicon.VerbAlternations.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

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

        if (Kept(word) is { } whole)
        {
            return whole;
        }

        var stem = word;
        var verbal = false;
        var singularPerson = false;
        var afterPerson = false;
        var floor = FloorOf(word);

        if (Strip(ref stem, Person, false, false, floor, out var person))
        {
            afterPerson = person.Text is not ("ымыз" or "іміз");
            singularPerson = person.Text is "мын" or "мін" or "бын" or "бін" or "пын" or "пін" or "сың" or "сің";
            if (Kept(stem) is { } kept)
            {
                return kept;
            }
        }

        foreach (var slot in InnerSlots)
        {
            // A relative adjective (жылғы, ішкі) is a word of its own: what is left of it is kept whole.
            if (Ends(stem, RelativeAdjective, floor))
            {
                return new string(stem);
            }

            if (Strip(ref stem, slot, singularPerson, afterPerson, floor, out var stripped))
            {
                verbal |= stripped.Verbal;
                singularPerson = false;
                afterPerson = false;
                if (Kept(stem) is { } kept)
                {
                    return kept;
                }
            }
        }

        if (verbal && Strip(ref stem, Negation, false, false, floor, out _) && Kept(stem) is { } afterNegation)
        {
            return afterNegation;
        }

        // The passive needs no verb ending before it: the past -ды of жасал-ды reads as an accusative; a
        // known verb stem must be left (VerbStems), which no noun in this prose is.
        if (Strip(ref stem, Voice, false, false, floor, out _) && Kept(stem) is { } afterVoice)
        {
            return afterVoice;
        }

        return Repair(stem, verbal);
    }

    /// <summary>A protected word as it is, a pronoun's form as its pronoun (оның, олар → ол); null for any other.</summary>
    private static string? Kept(ReadOnlySpan<char> stem) =>
        Pronouns.TryGetValue(stem, out var pronoun) ? pronoun : Protected.TryGetValue(stem, out var whole) ? whole : null;

    /// <summary>
    /// The length of the longest of <see cref="KazakhLexicon.StemFloors"/> the word begins with, its last letter
    /// as written or voiced before a vowel (одақ, одағ-ы); 0 when none: no strip may leave fewer letters.
    /// </summary>
    private static int FloorOf(ReadOnlySpan<char> word)
    {
        var floor = 0;
        foreach (var stem in KazakhLexicon.StemFloors)
        {
            if (stem.Length > floor && word.Length >= stem.Length && word.StartsWith(stem.AsSpan(0, stem.Length - 1), StringComparison.Ordinal)
                && (word[stem.Length - 1] == stem[^1] || word[stem.Length - 1] == Voiced(stem[^1])))
            {
                floor = stem.Length;
            }
        }

        return floor;
    }

    private static char Voiced(char letter) => letter switch { 'п' => 'б', 'к' => 'г', 'қ' => 'ғ', _ => letter };

    /// <summary>Whether the stem ends in a suffix of the slot whose conditions hold, without stripping it.</summary>
    private static bool Ends(ReadOnlySpan<char> stem, KazakhSuffixSlot slot, int floor)
    {
        foreach (ref readonly var candidate in slot.EndingsOf(stem))
        {
            if (Allows(stem, candidate, false, false, floor))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Strips the longest suffix of the slot whose conditions hold; false when none does.</summary>
    private static bool Strip(ref Span<char> stem, KazakhSuffixSlot slot, bool afterSingularPerson, bool afterPerson, int floor, out KazakhSuffix stripped)
    {
        ReadOnlySpan<char> letters = stem;
        foreach (ref readonly var candidate in slot.EndingsOf(letters))
        {
            if (Allows(letters, candidate, afterSingularPerson, afterPerson, floor))
            {
                stem = stem[..^candidate.Suffix.Text.Length];
                stripped = candidate.Suffix;
                return true;
            }
        }

        stripped = null!;
        return false;
    }

    private static bool Allows(ReadOnlySpan<char> stem, in KazakhSuffixSlot.Candidate candidate, bool afterSingularPerson, bool afterPerson, int floor)
    {
        var suffix = candidate.Suffix;
        var remainderLength = stem.Length - suffix.Text.Length;
        if (remainderLength < Math.Max(Math.Max(suffix.MinRemainder, MinStemLength), floor))
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
            // The letter after the remainder is the suffix's -а/-е (жаса-ды) or с (қатыс-а): a known verb keeps it.
            SuffixRule.Present => last != 'д' && !VerbStems.Contains(stem[..(remainderLength + 1)])
                && !(IsDenominalVerb(stem[..(remainderLength + 1)]) && !IsPassiveOf(remainder)),
            SuffixRule.Conditional => last != 'с' && !afterPerson && !VerbStems.Contains(stem[..(remainderLength + 1)]),
            SuffixRule.AfterLoanword => HarmonyOf(remainder) == true && (IsConsonantLetter(remainder[^2]) || LoanwordStems.ContainsKey(remainder)),
            SuffixRule.AfterParticiple => IsParticiple(remainder),
            SuffixRule.AfterSingularPerson => afterSingularPerson,
            SuffixRule.KnownVerbStem => VerbStems.Contains(remainder),
            SuffixRule.VerbShaped => VerbStems.Contains(remainder) || IsDenominalVerb(remainder),
            SuffixRule.ConsonantVerb => VerbStems.Contains(remainder) || IsDerivedVerb(remainder) || EndsInAny(remainder, KazakhLexicon.VoiceVerbEndings),
            SuffixRule.DerivedVerb => VerbStems.Contains(remainder) || IsDerivedVerb(remainder),
            SuffixRule.AfterPersonVerbShaped => afterPerson && (VerbStems.Contains(remainder) || IsDenominalVerb(remainder)),
            SuffixRule.VerbStem => IsVerbStem(remainder),
            SuffixRule.AfterLocative => remainder.EndsWith("да") || remainder.EndsWith("де") || remainder.EndsWith("та") || remainder.EndsWith("те"),
            SuffixRule.NotAfterHighVowel => last is not ('ы' or 'і'),
            SuffixRule.NotAfterParticiple => !(remainder.EndsWith("ға") || remainder.EndsWith("ге") || remainder.EndsWith("қа") || remainder.EndsWith("ке")
                || remainder.EndsWith("аты") || remainder.EndsWith("еті") || remainder.EndsWith("йты") || remainder.EndsWith("йті")
                || remainder.EndsWith("иты") || remainder.EndsWith("иті")),
            // Or after the -і a loanword in -кт takes before an ending (акті-сі, аспекті-сі).
            SuffixRule.AfterVowelStem => last is not ('ы' or 'і') || remainder[^2] == 'ш' || remainder.EndsWith("кті"),
            SuffixRule.NotAfterAgentSh => last != 'ш' || remainder.Length < 4,
            _ => true,
        };
    }

    /// <summary>Whether the text is екен or ends in a participle after at least two letters: болатын-дық, кеткен-дік.</summary>
    private static bool IsParticiple(ReadOnlySpan<char> text)
    {
        if (text.SequenceEqual("екен"))
        {
            return true;
        }

        foreach (var participle in KazakhLexicon.Participles)
        {
            if (text.Length >= participle.Length + MinStemLength && text.EndsWith(participle, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The fewest letters a stem has for its ending alone to say it is a verb (сала, қала, кіта(п) are none).</summary>
    private const int MinDerivedVerbLength = 5;

    /// <summary>
    /// Whether a stem ends in the denominal verb suffix -ла/-ле in the variant Kazakh writes after its last
    /// letter: -ла after a vowel or й у р, -да after л м н ң ж з, -та after a voiceless consonant (жоспар-ла,
    /// қабыл-да, зерт-те; жағда(й) is no verb: -да does not follow ғ).
    /// </summary>
    private static bool IsDenominalVerb(ReadOnlySpan<char> stem)
    {
        if (stem.Length < MinDerivedVerbLength)
        {
            return false;
        }

        var before = Classify(stem[..^2]);
        return stem[^2..] switch
        {
            "ла" or "ле" => (before & (LetterClass.Vowel | LetterClass.Sonant)) != 0,
            "да" or "де" => (before & (LetterClass.Lateral | LetterClass.Nasal | LetterClass.Sibilant)) != 0,
            "та" or "те" => (before & LetterClass.Voiceless) != 0,
            _ => false,
        };
    }

    /// <summary>
    /// Whether a stem in -л is the passive of a verb (оқы-л, жаса-л): a known verb, or a stem in ы/і, which
    /// no denominal -ла follows (оқыл-ады is present, not оқыла-ды).
    /// </summary>
    private static bool IsPassiveOf(ReadOnlySpan<char> stem) =>
        stem.Length >= 2 && stem[^1] == 'л' && (stem[^2] is 'ы' or 'і' || VerbStems.Contains(stem[..^1]));

    /// <summary>Whether a stem ends in a suffix that makes verbs: a causative, or the reflexive -лан/-лен of a denominal verb.</summary>
    private static bool IsDerivedVerb(ReadOnlySpan<char> stem)
    {
        if (stem.Length < MinDerivedVerbLength)
        {
            return false;
        }

        foreach (var ending in KazakhLexicon.DerivedVerbEndings)
        {
            if (!stem.EndsWith(ending, StringComparison.Ordinal))
            {
                continue;
            }

            // A causative -дыр/-ғыз follows a consonant (жетіл-дір, жүр-гіз; батыр, негіз are nouns); -лан ends a
            // stem of six letters at least (пайда-лан, жоспар-лан; жылан is a noun).
            var reflexive = ending is "лан" or "лен";
            var prior = stem[^(ending.Length + 1)];
            if (reflexive ? stem.Length >= MinDerivedVerbLength + 1 : IsConsonantLetter(prior) || prior == 'у')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a stem of <see cref="MinDerivedVerbLength"/> letters or more ends in one of the endings.</summary>
    private static bool EndsInAny(ReadOnlySpan<char> stem, IReadOnlyList<string> endings)
    {
        if (stem.Length < MinDerivedVerbLength)
        {
            return false;
        }

        foreach (var ending in endings)
        {
            if (stem.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
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

        // A loanword's double final с is one before an ending (процесс, процес-і); the -і after a final -кт
        // only joins an ending (факт, факті-лер, акті-сі).
        if (stem.EndsWith("сс"))
        {
            stem = stem[..^1];
        }
        else if (!verbal && stem.Length > 3 && stem.EndsWith("кті"))
        {
            stem = stem[..^1];
        }

        if (verbal && VerbAlternations.TryGetValue(stem, out var verb))
        {
            return verb;
        }

        if (LoanwordStems.TryGetValue(stem, out var loanword))
        {
            return loanword;
        }

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
