using KzEdition.Search;

namespace KzEdition.Tests.Search.Oracles;

/// <summary>
/// A suffix-stripping stemmer for Kazakh, so that the inflected forms of one word meet in one
/// search key: елдердің, елдері, еліміз → ел; бағдарламасындағы → бағдарлама; НАТО-ның → нато.
/// </summary>
/// <remarks>
/// <para>Test-only copy of the Kazakh stemmer before it was made faster: the oracle the new one is compared with, word for word.</para>
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
/// <para>It is deterministic and allocation-light: no regular expressions, one pass over each table.
/// theme/assets/search/stemmer.js is the same algorithm, step for step, for the browser.</para>
/// </remarks>
public static class KazakhStemmerOracle
{
    /// <summary>The fewest letters a stem keeps.</summary>
    public const int MinStemLength = 2;

    private const int MaxAcronymLength = 5;

    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var text = SearchTextOracle.Prepare(word);
        var hyphen = text.LastIndexOf('-');
        if (hyphen > 0 && hyphen < text.Length - 1)
        {
            var head = text[..hyphen];
            var tail = SearchTextOracle.Lower(text[(hyphen + 1)..]);
            return IsEndingsOnly(tail) ? StemPart(head) : SearchTextOracle.Lower(head) + "-" + StemPart(tail);
        }

        return StemPart(text);
    }

    private static string StemPart(string part)
    {
        if (!SearchTextOracle.IsAllLetters(part) || IsAcronym(part))
        {
            return SearchTextOracle.Lower(part);
        }

        var word = SearchTextOracle.Lower(part);
        if (word.Length <= MinStemLength || IsKept(word))
        {
            return Kept(word);
        }

        var stem = word;
        var verbal = false;
        var singularPerson = false;
        var afterPerson = false;
        var floor = FloorOf(word);

        if (Strip(ref stem, KazakhSuffixes.Person, false, false, floor, out var person))
        {
            afterPerson = person.Text != "ымыз" && person.Text != "іміз";
            singularPerson = person.Text is "мын" or "мін" or "бын" or "бін" or "пын" or "пін" or "сың" or "сің";
            if (IsKept(stem))
            {
                return Kept(stem);
            }
        }

        IReadOnlyList<KazakhSuffix>[] slots =
        [
            KazakhSuffixes.Relative, KazakhSuffixes.Case, KazakhSuffixes.Possessive,
            KazakhSuffixes.Plural, KazakhSuffixes.Nominaliser, KazakhSuffixes.Deverbal,
        ];
        foreach (var slot in slots)
        {
            var probe = stem;
            if (Strip(ref probe, KazakhSuffixes.RelativeAdjective, false, false, floor, out _))
            {
                return stem;
            }

            if (Strip(ref stem, slot, singularPerson, afterPerson, floor, out var stripped))
            {
                verbal |= stripped.Verbal;
                singularPerson = false;
                afterPerson = false;
                if (IsKept(stem))
                {
                    return Kept(stem);
                }
            }
        }

        if (verbal && Strip(ref stem, KazakhSuffixes.Negation, false, false, floor, out _) && IsKept(stem))
        {
            return Kept(stem);
        }

        if (Strip(ref stem, KazakhSuffixes.Voice, false, false, floor, out _) && IsKept(stem))
        {
            return Kept(stem);
        }

        return Repair(stem, verbal);
    }

    private static bool IsKept(string stem) => KazakhLexicon.Protected.Contains(stem) || KazakhLexicon.Pronouns.ContainsKey(stem);

    private static string Kept(string stem) => KazakhLexicon.Pronouns.TryGetValue(stem, out var pronoun) ? pronoun : stem;

    private static int FloorOf(string word)
    {
        var floor = 0;
        foreach (var stem in KazakhLexicon.StemFloors)
        {
            var voiced = stem[^1] switch { 'п' => 'б', 'к' => 'г', 'қ' => 'ғ', var c => c };
            if (stem.Length > floor && (word.StartsWith(stem, StringComparison.Ordinal) || word.StartsWith(stem[..^1] + voiced, StringComparison.Ordinal)))
            {
                floor = stem.Length;
            }
        }

        return floor;
    }

    /// <summary>Strips the longest suffix of the slot whose conditions hold; false when none does.</summary>
    private static bool Strip(ref string stem, IReadOnlyList<KazakhSuffix> slot, bool afterSingularPerson, bool afterPerson, int floor, out KazakhSuffix stripped)
    {
        foreach (var suffix in slot)
        {
            if (stem.EndsWith(suffix.Text, StringComparison.Ordinal) && Allows(stem, suffix, afterSingularPerson, afterPerson, floor))
            {
                stem = stem[..^suffix.Text.Length];
                stripped = suffix;
                return true;
            }
        }

        stripped = null!;
        return false;
    }

    private static bool Allows(string stem, KazakhSuffix suffix, bool afterSingularPerson, bool afterPerson, int floor)
    {
        var remainderLength = stem.Length - suffix.Text.Length;
        if (remainderLength < Math.Max(Math.Max(suffix.MinRemainder, MinStemLength), floor))
        {
            return false;
        }

        var remainder = stem.AsSpan(0, remainderLength);
        if (!ContainsVowel(remainder) || (Classify(remainder) & suffix.Follows) == 0)
        {
            return false;
        }

        if (suffix.Harmonic)
        {
            var suffixIsBack = HarmonyOf(suffix.Text);
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
            SuffixRule.Present => last != 'д' && !KazakhLexicon.VerbStems.Contains(stem[..(remainderLength + 1)])
                && !(IsDenominalVerb(stem[..(remainderLength + 1)]) && !IsPassiveOf(remainder.ToString())),
            SuffixRule.Conditional => last != 'с' && !afterPerson && !KazakhLexicon.VerbStems.Contains(stem[..(remainderLength + 1)]),
            SuffixRule.AfterLoanword => HarmonyOf(remainder) == true
                && (IsConsonantLetter(remainder[^2]) || KazakhLexicon.LoanwordStems.ContainsKey(remainder.ToString())),
            SuffixRule.AfterParticiple => IsParticiple(remainder.ToString()),
            SuffixRule.AfterSingularPerson => afterSingularPerson,
            SuffixRule.KnownVerbStem => KazakhLexicon.VerbStems.Contains(remainder.ToString()),
            SuffixRule.VerbShaped => KazakhLexicon.VerbStems.Contains(remainder.ToString()) || IsDenominalVerb(remainder.ToString()),
            SuffixRule.ConsonantVerb => KazakhLexicon.VerbStems.Contains(remainder.ToString()) || IsDerivedVerb(remainder.ToString())
                || IsVoiceVerb(remainder.ToString()),
            SuffixRule.DerivedVerb => KazakhLexicon.VerbStems.Contains(remainder.ToString()) || IsDerivedVerb(remainder.ToString()),
            SuffixRule.AfterPersonVerbShaped => afterPerson && (KazakhLexicon.VerbStems.Contains(remainder.ToString()) || IsDenominalVerb(remainder.ToString())),
            SuffixRule.VerbStem => IsVerbStem(remainder),
            SuffixRule.AfterLocative => remainder.EndsWith("да") || remainder.EndsWith("де") || remainder.EndsWith("та") || remainder.EndsWith("те"),
            SuffixRule.NotAfterHighVowel => last is not ('ы' or 'і'),
            SuffixRule.NotAfterParticiple => !(remainder.EndsWith("ға") || remainder.EndsWith("ге") || remainder.EndsWith("қа") || remainder.EndsWith("ке")
                || remainder.EndsWith("аты") || remainder.EndsWith("еті") || remainder.EndsWith("йты") || remainder.EndsWith("йті")
                || remainder.EndsWith("иты") || remainder.EndsWith("иті")),
            SuffixRule.AfterVowelStem => last is not ('ы' or 'і') || remainder[^2] == 'ш' || remainder.EndsWith("кті"),
            SuffixRule.NotAfterAgentSh => last != 'ш' || remainder.Length < 4,
            _ => true,
        };
    }

    private static bool IsDenominalVerb(string stem)
    {
        if (stem.Length < 5)
        {
            return false;
        }

        var before = Classify(stem.AsSpan(0, stem.Length - 2));
        return stem[^2..] switch
        {
            "ла" or "ле" => before is LetterClass.Vowel or LetterClass.Sonant,
            "да" or "де" => before is LetterClass.Lateral or LetterClass.Nasal or LetterClass.Sibilant,
            "та" or "те" => before is LetterClass.Voiceless,
            _ => false,
        };
    }

    private static bool IsPassiveOf(string stem) =>
        stem.EndsWith('л') && (stem[^2] is 'ы' or 'і' || KazakhLexicon.VerbStems.Contains(stem[..^1]));

    private static bool IsDerivedVerb(string stem) =>
        stem.Length >= 5 && KazakhLexicon.DerivedVerbEndings.Any(ending =>
            stem.EndsWith(ending, StringComparison.Ordinal)
            && (ending is "лан" or "лен" ? stem.Length >= 6 : IsConsonantLetter(stem[^(ending.Length + 1)]) || stem[^(ending.Length + 1)] == 'у'));

    private static bool IsVoiceVerb(string stem) =>
        stem.Length >= 5 && KazakhLexicon.VoiceVerbEndings.Any(ending => stem.EndsWith(ending, StringComparison.Ordinal));

    private static bool IsParticiple(string text) =>
        text == "екен" || KazakhLexicon.Participles.Any(p => text.Length >= p.Length + MinStemLength && text.EndsWith(p, StringComparison.Ordinal));

    private static bool IsVerbStem(ReadOnlySpan<char> remainder)
    {
        if (KazakhLexicon.VerbStems.Contains(remainder.ToString()))
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

    private static string Repair(string stem, bool verbal)
    {
        // A verb stem in ы/і loses it before -у (дамы-ған, даму): drop it after every verb ending.
        if (verbal && stem.Length > MinStemLength && stem[^1] is 'ы' or 'і' && IsConsonantLetter(stem[^2]))
        {
            stem = stem[..^1];
        }

        // No Kazakh word ends in б, г, ғ: they are п, к, қ voiced before a vowel (кітап, кітабы).
        var last = stem[^1];
        var voiceless = last switch { 'б' => 'п', 'г' => 'к', 'ғ' => 'қ', _ => last };
        if (voiceless != last)
        {
            stem = string.Concat(stem.AsSpan(0, stem.Length - 1), voiceless.ToString());
        }

        if (stem.EndsWith("сс", StringComparison.Ordinal))
        {
            stem = stem[..^1];
        }
        else if (!verbal && stem.Length > 3 && stem.EndsWith("кті", StringComparison.Ordinal))
        {
            stem = stem[..^1];
        }

        if (verbal && KazakhLexicon.VerbAlternations.TryGetValue(stem, out var verb))
        {
            return verb;
        }

        if (KazakhLexicon.LoanwordStems.TryGetValue(stem, out var loanword))
        {
            return loanword;
        }

        return KazakhLexicon.ElidedStems.TryGetValue(stem, out var full) ? full : stem;
    }

    /// <summary>Whether a hyphenated word's last part is endings alone (НАТО-ның, КСРО-дағы, ЕО-мен).</summary>
    private static bool IsEndingsOnly(string tail)
    {
        if (!SearchTextOracle.IsAllLetters(tail))
        {
            return false;
        }

        var rest = tail;
        IReadOnlyList<KazakhSuffix>[] slots =
        [
            KazakhSuffixes.Person, KazakhSuffixes.Relative, KazakhSuffixes.Case,
            KazakhSuffixes.Possessive, KazakhSuffixes.Plural,
        ];
        foreach (var slot in slots)
        {
            foreach (var suffix in slot)
            {
                if (!suffix.Verbal && rest.EndsWith(suffix.Text, StringComparison.Ordinal))
                {
                    rest = rest[..^suffix.Text.Length];
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

    private static bool IsAcronym(string part)
    {
        if (part.Length < 2 || part.Length > MaxAcronymLength)
        {
            return false;
        }

        foreach (var c in part)
        {
            if (SearchTextOracle.Lower(c) == c)
            {
                return false;
            }
        }

        return true;
    }

    private static LetterClass Classify(ReadOnlySpan<char> remainder)
    {
        var last = remainder[^1];
        if (last is 'ь' or 'ъ' && remainder.Length > 1)
        {
            last = remainder[^2];
        }

        return last switch
        {
            'а' or 'ә' or 'е' or 'ё' or 'и' or 'о' or 'ө' or 'ұ' or 'ү' or 'ы' or 'і' or 'э' or 'ю' or 'я' => LetterClass.Vowel,
            'й' or 'у' or 'р' => LetterClass.Sonant,
            'л' => LetterClass.Lateral,
            'м' or 'н' or 'ң' => LetterClass.Nasal,
            'ж' or 'з' => LetterClass.Sibilant,
            _ => LetterClass.Voiceless,
        };
    }

    private static bool IsConsonantLetter(char c) => Classify([c]) != LetterClass.Vowel && c != 'у';

    private static bool ContainsVowel(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is 'у' || Classify([c]) == LetterClass.Vowel)
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
