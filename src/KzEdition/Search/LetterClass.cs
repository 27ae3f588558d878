namespace KzEdition.Search;

/// <summary>
/// What a Kazakh suffix may follow, by the last letter of what stands before it. Kazakh picks
/// the first consonant of a suffix by this letter (жыл-дың, ел-дің but Қазақстан-ның, халық-тың),
/// so a suffix is stripped only where its own variant is the one the language would write.
/// </summary>
[Flags]
public enum LetterClass
{
    None = 0,

    /// <summary>а ә е ё и о ө ұ ү ы і э ю я.</summary>
    Vowel = 1,

    /// <summary>й у р: like vowels before the plural (тау-лар), like voiced consonants elsewhere (тау-дың).</summary>
    Sonant = 2,

    /// <summary>л.</summary>
    Lateral = 4,

    /// <summary>м н ң: the ablative after them is -нан/-нен, the genitive -ның/-нің.</summary>
    Nasal = 8,

    /// <summary>ж з.</summary>
    Sibilant = 16,

    /// <summary>Every other letter: п к қ с т ш ф х ц ч щ, and б в г ғ д һ, which take voiceless suffixes.</summary>
    Voiceless = 32,

    Voiced = Sonant | Lateral | Nasal | Sibilant,
    Consonant = Voiced | Voiceless,
    Any = Vowel | Consonant,
}
