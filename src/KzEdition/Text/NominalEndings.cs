namespace KzEdition.Text;

/// <summary>
/// Recognises the inflectional endings a name or noun takes in running text, so that every
/// inflected form of an indexed term is found under one entry: Қазақстан-ның, НАТО-ға,
/// Назарбаев-тың, Робертсон-мен; in Russian text Назарбаев-а, Казахстан-е.
/// </summary>
/// <remarks>
/// Kazakh nominal morphology is a fixed order of slots, each optional:
/// plural · possessive · case · the attributive -ғы/-гі after a locative (Қазақстан·да·ғы).
/// Only these inflectional endings are accepted, never derivational ones (-лық/-лік, -шы/-ші,
/// -ша/-ше): Еуропалық "European" is not a mention of Еуропа. Vowel harmony is not enforced
/// here: the word before the ending is already a known term, so the check would add nothing
/// but rejected misprints. The search stemmer (issue 5) is the general tool; this is the narrow
/// one that index matching needs: is this rest an inflection of that known word.
/// </remarks>
public static class NominalEndings
{
    private static readonly string[] Plural = ["лар", "лер", "дар", "дер", "тар", "тер"];

    private static readonly string[] Possessive =
    [
        "ымыз", "іміз", "мыз", "міз", "ыңыз", "іңіз", "ңыз", "ңіз", "ым", "ім", "м", "ың", "ің", "ң", "сы", "сі", "ы", "і",
    ];

    /// <summary>Case endings that may follow a bare stem (names take these).</summary>
    private static readonly string[] Case =
    [
        "ның", "нің", "дың", "дің", "тың", "тің",            // genitive
        "ға", "ге", "қа", "ке",                              // dative
        "ны", "ні", "ды", "ді", "ты", "ті",                  // accusative
        "да", "де", "та", "те",                              // locative
        "дан", "ден", "тан", "тен", "нан", "нен",            // ablative
        "мен", "бен", "пен",                                 // instrumental
    ];

    /// <summary>Case endings after a possessive (Қазақстан·ы·на, Қазақстан·ы·нда).</summary>
    private static readonly string[] CaseAfterPossessive = ["ның", "нің", "на", "не", "а", "е", "н", "нда", "нде", "нан", "нен", "мен", "нан", "нен"];

    private static readonly string[] Attributive = ["ғы", "гі", "қы", "кі"];

    private static readonly string[] Russian =
    [
        "а", "я", "у", "ю", "ом", "ем", "ём", "ым", "им", "ой", "ей", "ою", "ею", "е", "и", "ы", "ам", "ям", "ах", "ях", "ами", "ями", "ов", "ев",
    ];

    /// <summary>The longest rest this class looks at; longer rests are other words.</summary>
    public const int MaxLength = 11;

    /// <summary>Whether <paramref name="rest"/> (lower case, no hyphen) is a sequence of inflectional endings in <paramref name="lang"/>.</summary>
    public static bool IsInflection(ReadOnlySpan<char> rest, string lang)
    {
        if (rest.IsEmpty || rest.Length > MaxLength)
        {
            return rest.IsEmpty;
        }

        return lang == "ru" ? Contains(Russian, rest) : Kazakh(rest);
    }

    /// <summary>
    /// Whether <paramref name="rest"/> (lower case, no hyphen) is a case ending, then perhaps the
    /// attributive, as they follow a possessive: the rest of a word whose stem ends in one
    /// (кеңесі·не, ұйымы·на, одағы·ның). Kazakh only.
    /// </summary>
    public static bool IsInflectionAfterPossessive(ReadOnlySpan<char> rest) =>
        !rest.IsEmpty && rest.Length <= MaxLength && CaseSlot(rest, possessed: true);

    /// <summary>Whether <paramref name="rest"/> is one case ending alone: what a person's name takes (Назарбаев·тың).</summary>
    public static bool IsCaseEnding(ReadOnlySpan<char> rest) => Contains(Case, rest);

    /// <summary>
    /// Whether a case ending has the consonant Kazakh gives it after this stem: after a vowel
    /// Солана·ның, after м н ң Робертсон·мен, after л р у й Вернер·дің, after ж з, after a voiceless
    /// consonant Назарбаев·тың. So Спайкмен is a name, not Спайк + мен (after к it would be -пен).
    /// </summary>
    public static bool IsCaseEndingAfter(ReadOnlySpan<char> stem, ReadOnlySpan<char> ending)
    {
        if (stem.IsEmpty || !IsCaseEnding(ending))
        {
            return false;
        }

        var last = char.ToLowerInvariant(stem[^1]);
        var sound = "аәеиоөұүыіэюяё".Contains(last) ? 'V' : "мнң".Contains(last) ? 'N' : "лруй".Contains(last) ? 'S' : "жз".Contains(last) ? 'Z' : 'T';
        var first = ending[0];
        var genitive = ending.Length == 3 && ending[1..].SequenceEqual(ending[1] == 'ы' ? "ың" : "ің");
        var accusative = ending.Length == 2 && ending[1] is 'ы' or 'і';
        var dative = ending.Length == 2 && ending[1] is 'а' or 'е' && first is 'ғ' or 'г' or 'қ' or 'к';
        var locative = ending.Length == 2 && ending[1] is 'а' or 'е' && !dative;
        var ablative = ending.Length == 3 && ending[2] == 'н' && ending[1] is 'а' or 'е' && first is 'д' or 'т' or 'н';
        return (genitive, accusative, dative, locative, ablative) switch
        {
            (true, _, _, _, _) => first == (sound is 'V' or 'N' ? 'н' : sound is 'S' or 'Z' ? 'д' : 'т'),
            (_, true, _, _, _) => first == (sound == 'V' ? 'н' : sound == 'T' ? 'т' : 'д'),
            (_, _, true, _, _) => sound == 'T' ? first is 'қ' or 'к' : first is 'ғ' or 'г',
            (_, _, _, true, _) => first == (sound == 'T' ? 'т' : 'д'),
            (_, _, _, _, true) => first == (sound == 'N' ? 'н' : sound == 'T' ? 'т' : 'д'),
            _ => first == (sound == 'Z' ? 'б' : sound == 'T' ? 'п' : 'м'), // instrumental
        };
    }

    /// <summary>
    /// Whether some choice of the four slots (plural? possessive? case? attributive after a
    /// locative?) spells the rest exactly. Each slot is tried with every ending the rest starts with,
    /// and without one; the rest is at most 11 letters, so the choices are few, and are walked on the
    /// span itself, with no string made.
    /// </summary>
    private static bool Kazakh(ReadOnlySpan<char> rest)
    {
        if (AfterPlural(rest))
        {
            return true;
        }

        foreach (var plural in Plural)
        {
            if (rest.StartsWith(plural, StringComparison.Ordinal) && AfterPlural(rest[plural.Length..]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The possessive slot, then the case slot.</summary>
    private static bool AfterPlural(ReadOnlySpan<char> rest)
    {
        if (CaseSlot(rest, possessed: false))
        {
            return true;
        }

        foreach (var possessive in Possessive)
        {
            if (rest.StartsWith(possessive, StringComparison.Ordinal) && CaseSlot(rest[possessive.Length..], possessed: true))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The case slot (its endings after a possessive are others), then the attributive after a locative; true when that ends the rest.</summary>
    private static bool CaseSlot(ReadOnlySpan<char> rest, bool possessed)
    {
        if (rest.IsEmpty)
        {
            return true;
        }

        foreach (var ending in possessed ? CaseAfterPossessive : Case)
        {
            if (rest.StartsWith(ending, StringComparison.Ordinal))
            {
                var after = rest[ending.Length..];
                if (after.IsEmpty || (ending is "да" or "де" or "та" or "те" or "нда" or "нде" && Contains(Attributive, after)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Contains(string[] endings, ReadOnlySpan<char> rest)
    {
        foreach (var ending in endings)
        {
            if (rest.SequenceEqual(ending))
            {
                return true;
            }
        }

        return false;
    }
}
