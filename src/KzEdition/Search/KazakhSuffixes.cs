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

    /// <summary>The relative -ғы/-гі/-қы/-кі (жыл-ғы, сырт-қы), which also closes -дағы/-дегі.</summary>
    public static IReadOnlyList<KazakhSuffix> Relative { get; } = Longest(
    [
        new("ғы", Voiced), new("гі", Voiced),
        new("ғы", Vowel, SuffixRule.AfterLocative), new("гі", Vowel, SuffixRule.AfterLocative),
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
        new("ады", Consonant, SuffixRule.NotAfterD, Verbal: true), new("еді", Consonant, SuffixRule.NotAfterD, Verbal: true),
        new("иды", Consonant, Verbal: true), new("иді", Consonant, Verbal: true),
        // Negative present and past: -ма-й-ды, -ма-ды (тудыр-майды, кел-мейді, бол-мады).
        new("майды", Vowel | Sonant | Lateral | Nasal, Verbal: true), new("мейді", Vowel | Sonant | Lateral | Nasal, Verbal: true),
        new("байды", Sibilant, Verbal: true), new("бейді", Sibilant, Verbal: true),
        new("пайды", Voiceless, Verbal: true), new("пейді", Voiceless, Verbal: true),
        new("мады", Vowel | Sonant | Lateral | Nasal, Verbal: true), new("меді", Vowel | Sonant | Lateral | Nasal, Verbal: true),
        new("бады", Sibilant, Verbal: true), new("беді", Sibilant, Verbal: true),
        new("пады", Voiceless, Verbal: true), new("педі", Voiceless, Verbal: true),
        // Past -ды/-ді after a vowel, where the accusative would be -ны/-ні (қабылда-ды, оқы-ды).
        new("ды", Vowel, MinRemainder: 3, Verbal: true), new("ді", Vowel, MinRemainder: 3, Verbal: true),
        // Converb -ып/-іп (бол-ып, жүргіз-іп); -п after a vowel is left (жауап, талап, кітап look the same).
        new("ып", Consonant, Verbal: true), new("іп", Consonant, Verbal: true),
        // Conditional -са/-се (бол-са), not after с, where -а/-е is a converb (кездес-е).
        new("са", Any, SuffixRule.NotAfterS, MinRemainder: 3, Verbal: true),
        new("се", Any, SuffixRule.NotAfterS, MinRemainder: 3, Verbal: true),
        // Participle -атын/-етін (бол-атын, асырыл-атын), -йтын after a vowel (жаса-йтын), -итын (дам-итын).
        new("атын", Consonant, SuffixRule.VerbStem, Verbal: true), new("етін", Consonant, SuffixRule.VerbStem, Verbal: true),
        new("йтын", Vowel, Verbal: true), new("йтін", Vowel, Verbal: true),
        new("итын", Consonant, Verbal: true), new("итін", Consonant, Verbal: true),
        // Future participle -ар/-ер (бол-ар), only after a verb the stemmer knows.
        new("ар", Consonant, SuffixRule.KnownVerbStem, Verbal: true), new("ер", Consonant, SuffixRule.KnownVerbStem, Verbal: true),
        // Present -а/-е/-й before a singular personal ending (бер-е-мін, жаса-й-мын).
        new("а", Consonant, SuffixRule.AfterSingularPerson, Verbal: true), new("е", Consonant, SuffixRule.AfterSingularPerson, Verbal: true),
        new("й", Vowel, SuffixRule.AfterSingularPerson, Verbal: true),
    ]);

    /// <summary>Possessive endings: third person, first person plural, polite second person.</summary>
    /// <remarks>First and second person singular (-ым, -ың, -м, -ң) are not stripped: in scholarly
    /// prose these letters end far more stems (ұйым, білім, адам, мың) than they mark possession.</remarks>
    public static IReadOnlyList<KazakhSuffix> Possessive { get; } = Longest(
    [
        new("сы", Vowel, SuffixRule.AfterVowelStem, MinRemainder: 3),
        new("сі", Vowel, SuffixRule.AfterVowelStem, MinRemainder: 3),
        new("ы", Consonant, SuffixRule.NotAfterAgentSh), new("і", Consonant, SuffixRule.NotAfterAgentSh),
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

    /// <summary>Verbal nouns and participles that take nominal endings: -ған/-ген (бол-ған), -у (ет-у).</summary>
    public static IReadOnlyList<KazakhSuffix> Deverbal { get; } = Longest(
    [
        new("ған", Vowel | Voiced, Verbal: true), new("ген", Vowel | Voiced, Verbal: true),
        new("қан", Voiceless, Verbal: true), new("кен", Voiceless, Verbal: true),
        new("у", Consonant, Verbal: true),
        // After a vowel only from a stem of four letters: тау, дау, жау stay whole; қорға-у, жаса-у do not.
        new("у", Vowel, MinRemainder: 4, Verbal: true),
    ]);

    /// <summary>Negation -ма/-ме, -ба/-бе, -па/-пе: stripped only inside a verb form.</summary>
    public static IReadOnlyList<KazakhSuffix> Negation { get; } = Longest(
    [
        new("ма", Vowel | Sonant | Lateral | Nasal), new("ме", Vowel | Sonant | Lateral | Nasal),
        new("ба", Sibilant), new("бе", Sibilant),
        new("па", Voiceless), new("пе", Voiceless),
    ]);

    /// <summary>Longest first; a stable sort keeps the declared order among suffixes of one length.</summary>
    private static KazakhSuffix[] Longest(KazakhSuffix[] suffixes) =>
        [.. suffixes.OrderByDescending(suffix => suffix.Text.Length)];
}
