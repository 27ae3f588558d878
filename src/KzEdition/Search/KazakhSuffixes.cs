using static KzEdition.Search.LetterClass;

namespace KzEdition.Search;

/// <summary>
/// The Kazakh suffixes the stemmer strips, one table a slot of the word, outermost slot first.
/// Each table is tried longest suffix first; the first variant whose conditions hold is stripped.
/// theme/assets/search/stemmer.js holds the same tables in the same order: change both together
/// (tests/vectors/stemmer.json and the parity test over the corpus fail when they differ).
/// </summary>
public static class KazakhSuffixes
{
    /// <summary>Personal (predicate) endings: -мын/-мін, -сың/-сің, -мыз/-міз and their plurals.</summary>
    public static IReadOnlyList<KazakhSuffix> Person { get; } = Longest(
    [
        new("мын", Vowel | Sonant | Lateral | Nasal, SuffixRule.NotAfterHighVowel),
        new("мін", Vowel | Sonant | Lateral | Nasal, SuffixRule.NotAfterHighVowel),
        new("бын", Sibilant), new("бін", Sibilant),
        new("пын", Voiceless), new("пін", Voiceless),
        new("сың", Any), new("сің", Any),
        new("мыз", Vowel | Sonant | Lateral | Nasal), new("міз", Vowel | Sonant | Lateral | Nasal),
        new("быз", Sibilant), new("біз", Sibilant),
        new("пыз", Voiceless), new("піз", Voiceless),
        new("ымыз", Consonant), new("іміз", Consonant),
        new("сыңдар", Any), new("сіңдер", Any),
        new("сыздар", Any), new("сіздер", Any),
    ]);

    /// <summary>The relative -ғы/-гі that closes -дағы/-дегі (Азия-да-ғы, ел-де-гі), stripped with the locative.</summary>
    public static IReadOnlyList<KazakhSuffix> Relative { get; } = Longest(
    [
        new("ғы", Vowel, SuffixRule.AfterLocative), new("гі", Vowel, SuffixRule.AfterLocative),
    ]);

    /// <summary>
    /// The relative -ғы/-гі/-қы/-кі right after a consonant (жыл-ғы, негіз-гі, іш-кі, алдың-ғы): such a
    /// word is an adjective of its own, not a form of its noun, so the stemmer keeps it whole.
    /// </summary>
    public static IReadOnlyList<KazakhSuffix> RelativeAdjective { get; } = Longest(
    [
        new("ғы", Voiced), new("гі", Voiced),
        new("қы", Voiceless), new("кі", Voiceless),
    ]);

    /// <summary>Case endings, and the finite verb endings that stand in the same place.</summary>
    public static IReadOnlyList<KazakhSuffix> Case { get; } = Longest(
    [
        // Genitive.
        new("ның", Vowel | Nasal), new("нің", Vowel | Nasal),
        new("дың", Sonant | Lateral | Sibilant), new("дің", Sonant | Lateral | Sibilant),
        new("тың", Voiceless), new("тің", Voiceless),
        // Accusative.
        new("ны", Vowel, SuffixRule.NotAfterParticiple, MinRemainder: 3),
        new("ні", Vowel, SuffixRule.NotAfterParticiple, MinRemainder: 3),
        new("ды", Voiced), new("ді", Voiced),
        new("ты", Voiceless), new("ті", Voiceless),
        new("н", Vowel, SuffixRule.AfterPossessive),
        // Dative.
        new("ға", Vowel | Voiced), new("ге", Vowel | Voiced),
        new("қа", Voiceless), new("ке", Voiceless),
        new("на", Vowel, SuffixRule.AfterPossessive), new("не", Vowel, SuffixRule.AfterPossessive),
        // Locative.
        new("да", Vowel | Voiced), new("де", Vowel | Voiced),
        new("та", Voiceless), new("те", Voiceless),
        new("нда", Vowel, SuffixRule.AfterPossessive), new("нде", Vowel, SuffixRule.AfterPossessive),
        // Ablative.
        new("дан", Vowel | Sonant | Lateral | Sibilant), new("ден", Vowel | Sonant | Lateral | Sibilant),
        new("нан", Nasal), new("нен", Nasal),
        new("нан", Vowel, SuffixRule.AfterPossessive), new("нен", Vowel, SuffixRule.AfterPossessive),
        new("тан", Voiceless, SuffixRule.NotAfterS), new("тен", Voiceless),
        // Instrumental: invariant in its vowel; the corpus writes -мен after nasals too (Қазақстанмен).
        new("мен", Vowel | Sonant | Lateral | Nasal, Harmonic: false), new("менен", Vowel | Sonant | Lateral | Nasal, Harmonic: false),
        new("бен", Nasal | Sibilant, Harmonic: false), new("бенен", Nasal | Sibilant, Harmonic: false),
        new("пен", Voiceless, Harmonic: false), new("пенен", Voiceless, Harmonic: false),
        // Present tense, third person: -а/-е + -ды/-ді (табыл-ады, бер-еді); a stem in ы/і fuses with -й (дам-иды).
        new("ады", Consonant, SuffixRule.Present, Verbal: true), new("еді", Consonant, SuffixRule.Present, Verbal: true),
        // After a vowel stem, -й-ды (жаса-йды), only for a verb the stemmer knows or a denominal verb (жоспарла-йды):
        // Қытай-ды, деңгей-ді, жағдай-ды end the same way.
        new("йды", Vowel, SuffixRule.VerbShaped, Verbal: true), new("йді", Vowel, SuffixRule.VerbShaped, Verbal: true),
        new("иды", Consonant, Verbal: true), new("иді", Consonant, Verbal: true),
        // Negative present and past: -ма-й-ды, -ма-ды (тудыр-майды, кел-мейді, бол-мады).
        new("майды", Vowel | Sonant | Lateral | Nasal, Verbal: true), new("мейді", Vowel | Sonant | Lateral | Nasal, Verbal: true),
        new("байды", Nasal | Sibilant, Verbal: true), new("бейді", Nasal | Sibilant, Verbal: true),
        new("пайды", Voiceless, Verbal: true), new("пейді", Voiceless, Verbal: true),
        new("мады", Vowel | Sonant | Lateral | Nasal, Verbal: true), new("меді", Vowel | Sonant | Lateral | Nasal, Verbal: true),
        new("бады", Nasal | Sibilant, Verbal: true), new("беді", Nasal | Sibilant, Verbal: true),
        new("пады", Voiceless, Verbal: true), new("педі", Voiceless, Verbal: true),
        // Past -ды/-ді after a vowel, where the accusative would be -ны/-ні (қабылда-ды, оқы-ды).
        new("ды", Vowel, MinRemainder: 3, Verbal: true), new("ді", Vowel, MinRemainder: 3, Verbal: true),
        // Converb -ып/-іп (бол-ып, жүргіз-іп); -п after a vowel only after a verb the stemmer knows or a
        // denominal verb (жаса-п, айыпта-п), since жауап, талап, кітап look the same.
        new("ып", Consonant, Verbal: true), new("іп", Consonant, Verbal: true),
        new("п", Vowel, SuffixRule.VerbShaped, Verbal: true),
        // Conditional -са/-се (бол-са), not after с, where -а/-е is a converb (кездес-е, қатыс-а).
        new("са", Any, SuffixRule.Conditional, MinRemainder: 3, Verbal: true),
        new("се", Any, SuffixRule.Conditional, MinRemainder: 3, Verbal: true),
        // First person plural past -дық/-тық and conditional -сақ (бол-дық, шық-тық, бол-сақ). After a vowel -дық
        // is verbal (the nominal suffix is -лық there: жаса-дық, ағай-лық); after a consonant only after a verb
        // the stemmer knows or a causative (жетілдір-дік): the nominal -дық/-лық (жыл-дық, ынтымақтас-тық) ends
        // many more words.
        new("дық", Vowel, MinRemainder: 3, Verbal: true), new("дік", Vowel, MinRemainder: 3, Verbal: true),
        new("дық", Voiced, SuffixRule.DerivedVerb, Verbal: true), new("дік", Voiced, SuffixRule.DerivedVerb, Verbal: true),
        new("тық", Voiceless, SuffixRule.DerivedVerb, Verbal: true), new("тік", Voiceless, SuffixRule.DerivedVerb, Verbal: true),
        new("сақ", Any, SuffixRule.VerbShaped, Verbal: true), new("сек", Any, SuffixRule.VerbShaped, Verbal: true),
        // Past with a personal ending: -ды-м, -ды-ң (after a vowel: the genitive there is -ның), -ды-ңыз, -ды-ңдар.
        // After a consonant only where the stem ends as a verb does (an adjective in -ды/-ты takes the
        // possessive -м, -ңыз: мәнді-м, әділетті-ңіз).
        new("дым", Vowel, MinRemainder: 3, Verbal: true), new("дім", Vowel, MinRemainder: 3, Verbal: true),
        new("дым", Voiced, SuffixRule.ConsonantVerb, Verbal: true), new("дім", Voiced, SuffixRule.ConsonantVerb, Verbal: true),
        new("тым", Voiceless, SuffixRule.ConsonantVerb, Verbal: true), new("тім", Voiceless, SuffixRule.ConsonantVerb, Verbal: true),
        new("дың", Vowel, MinRemainder: 3, Verbal: true), new("дің", Vowel, MinRemainder: 3, Verbal: true),
        new("дыңыз", Vowel, Verbal: true), new("діңіз", Vowel, Verbal: true),
        new("дыңыз", Voiced, SuffixRule.ConsonantVerb, Verbal: true), new("діңіз", Voiced, SuffixRule.ConsonantVerb, Verbal: true),
        new("тыңыз", Voiceless, SuffixRule.ConsonantVerb, Verbal: true), new("тіңіз", Voiceless, SuffixRule.ConsonantVerb, Verbal: true),
        new("дыңдар", Vowel, Verbal: true), new("діңдер", Vowel, Verbal: true),
        new("дыңдар", Voiced, SuffixRule.ConsonantVerb, Verbal: true), new("діңдер", Voiced, SuffixRule.ConsonantVerb, Verbal: true),
        new("тыңдар", Voiceless, SuffixRule.ConsonantVerb, Verbal: true), new("тіңдер", Voiceless, SuffixRule.ConsonantVerb, Verbal: true),
        new("дыңыздар", Vowel, Verbal: true), new("діңіздер", Vowel, Verbal: true),
        new("дыңыздар", Voiced, SuffixRule.ConsonantVerb, Verbal: true), new("діңіздер", Voiced, SuffixRule.ConsonantVerb, Verbal: true),
        new("тыңыздар", Voiceless, SuffixRule.ConsonantVerb, Verbal: true), new("тіңіздер", Voiceless, SuffixRule.ConsonantVerb, Verbal: true),
        // Participle -атын/-етін (бол-атын, асырыл-атын), -йтын after a vowel (жаса-йтын), -итын (дам-итын).
        new("атын", Consonant, SuffixRule.VerbStem, Verbal: true), new("етін", Consonant, SuffixRule.VerbStem, Verbal: true),
        new("йтын", Vowel, Verbal: true), new("йтін", Vowel, Verbal: true),
        new("итын", Consonant, Verbal: true), new("итін", Consonant, Verbal: true),
        // Future participle -ар/-ер (бол-ар), only after a verb the stemmer knows.
        new("ар", Consonant, SuffixRule.KnownVerbStem, Verbal: true), new("ер", Consonant, SuffixRule.KnownVerbStem, Verbal: true),
        // Present -а/-е/-й before a singular personal ending (бер-е-мін, жаса-й-мын).
        new("а", Consonant, SuffixRule.AfterSingularPerson, Verbal: true), new("е", Consonant, SuffixRule.AfterSingularPerson, Verbal: true),
        new("й", Vowel, SuffixRule.AfterSingularPerson, Verbal: true),
        // -й before a plural personal ending too, after a verb the stemmer knows or a denominal verb (жоспарла-й-мыз;
        // -мыз is also the possessive of бағдарлама-мыз).
        new("й", Vowel, SuffixRule.AfterPersonVerbShaped, Verbal: true),
        // Converb -а/-е (бол-а, кел-е, қатыс-а), only after a verb the stemmer knows.
        new("а", Consonant, SuffixRule.KnownVerbStem, Verbal: true), new("е", Consonant, SuffixRule.KnownVerbStem, Verbal: true),
    ]);

    /// <summary>Possessive endings: third person, first person plural, polite second person.</summary>
    /// <remarks>First and second person singular (-ым, -ың, -м, -ң) are not stripped: in scholarly
    /// prose these letters end far more stems (ұйым, білім, адам, мың) than they mark possession.</remarks>
    public static IReadOnlyList<KazakhSuffix> Possessive { get; } = Longest(
    [
        new("сы", Vowel, SuffixRule.AfterVowelStem, MinRemainder: 3),
        new("сі", Vowel, SuffixRule.AfterVowelStem, MinRemainder: 3),
        new("ы", Consonant, SuffixRule.NotAfterAgentSh), new("і", Consonant, SuffixRule.NotAfterAgentSh),
        // A back loanword may take the front -і after a final cluster (альянс-і-мен) or a lost soft sign (рол-і).
        new("і", Consonant, SuffixRule.AfterLoanword, Harmonic: false),
        new("мыз", Vowel), new("міз", Vowel),
        new("ымыз", Consonant), new("іміз", Consonant),
        new("ыңыз", Consonant), new("іңіз", Consonant),
    ]);

    /// <summary>The plural -лар/-лер, -дар/-дер, -тар/-тер.</summary>
    public static IReadOnlyList<KazakhSuffix> Plural { get; } = Longest(
    [
        new("лар", Vowel | Sonant), new("лер", Vowel | Sonant),
        new("дар", Lateral | Nasal | Sibilant), new("дер", Lateral | Nasal | Sibilant),
        new("тар", Voiceless), new("тер", Voiceless),
    ]);

    /// <summary>The abstract -дық/-дік after a participle (болатын-дығ-ы-н, кеткен-дік, екен-дігі), before a vowel -дығ/-діг.</summary>
    public static IReadOnlyList<KazakhSuffix> Nominaliser { get; } = Longest(
    [
        new("дық", Any, SuffixRule.AfterParticiple), new("дік", Any, SuffixRule.AfterParticiple),
        new("дығ", Any, SuffixRule.AfterParticiple), new("діг", Any, SuffixRule.AfterParticiple),
        new("тық", Any, SuffixRule.AfterParticiple), new("тік", Any, SuffixRule.AfterParticiple),
        new("тығ", Any, SuffixRule.AfterParticiple), new("тіг", Any, SuffixRule.AfterParticiple),
    ]);

    /// <summary>
    /// Verbal nouns and participles that take nominal endings: -атын/-етін (ет-етін-і, түс-етін-і-не;
    /// the bare participle is stripped in the case slot), -ған/-ген (бол-ған), -у (ет-у).
    /// </summary>
    public static IReadOnlyList<KazakhSuffix> Deverbal { get; } = Longest(
    [
        new("атын", Consonant, SuffixRule.VerbStem, Verbal: true), new("етін", Consonant, SuffixRule.VerbStem, Verbal: true),
        new("йтын", Vowel, Verbal: true), new("йтін", Vowel, Verbal: true),
        new("итын", Consonant, Verbal: true), new("итін", Consonant, Verbal: true),
        new("ған", Vowel | Voiced, Verbal: true), new("ген", Vowel | Voiced, Verbal: true),
        new("қан", Voiceless, Verbal: true), new("кен", Voiceless, Verbal: true),
        new("у", Consonant, Verbal: true),
        // After a vowel only from a stem of four letters: тау, дау, жау stay whole; қорға-у, жаса-у do not.
        new("у", Vowel, MinRemainder: 4, Verbal: true),
    ]);

    /// <summary>Negation -ма/-ме, -ба/-бе (after м н ң ж з: қолдан-ба-у), -па/-пе: stripped only inside a verb form.</summary>
    public static IReadOnlyList<KazakhSuffix> Negation { get; } = Longest(
    [
        new("ма", Vowel | Sonant | Lateral), new("ме", Vowel | Sonant | Lateral),
        new("ба", Nasal | Sibilant), new("бе", Nasal | Sibilant),
        new("па", Voiceless), new("пе", Voiceless),
    ]);

    /// <summary>
    /// The passive -ыл/-іл (өткіз-іл-ді), -ын/-ін after л (ал-ын-ды), -л after a vowel (жаса-л-ды): only where a
    /// verb the stemmer knows is left, since lexicalised voices (түсін-у 'understand', айнал-у) and nouns
    /// (құрал) end the same way.
    /// </summary>
    public static IReadOnlyList<KazakhSuffix> Voice { get; } = Longest(
    [
        new("ыл", Consonant, SuffixRule.KnownVerbStem), new("іл", Consonant, SuffixRule.KnownVerbStem),
        new("ын", Lateral, SuffixRule.KnownVerbStem), new("ін", Lateral, SuffixRule.KnownVerbStem),
        new("л", Vowel, SuffixRule.KnownVerbStem),
    ]);

    /// <summary>Longest first; a stable sort keeps the declared order among suffixes of one length.</summary>
    private static KazakhSuffix[] Longest(KazakhSuffix[] suffixes) =>
        [.. suffixes.OrderByDescending(suffix => suffix.Text.Length)];
}
