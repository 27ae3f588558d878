namespace KzEdition.Search;

/// <summary>A condition on what stands before a Kazakh suffix, beyond its last letter's class.</summary>
public enum SuffixRule
{
    None,

    /// <summary>Only after the third-person possessive -ы/-і (-сы/-сі): the n-forms -н, -на, -нда, -нан.</summary>
    AfterPossessive,

    /// <summary>Only after a verb stem the stemmer knows, or one ending in a passive, reflexive or causative
    /// marker (-ыл, -ын, -ыр…): -атын/-етін and -ар/-ер, which nouns in -ат/-ет/-ар would otherwise lose
    /// (мақсат-ын, мемлекет-ін).</summary>
    VerbStem,

    /// <summary>Only after a verb stem the stemmer knows (-ар/-ер: болар, but not базар).</summary>
    KnownVerbStem,

    /// <summary>Not after с: keeps the -стан of country names (Қазақстан, Өзбекстан) whole.</summary>
    NotAfterS,

    /// <summary>The present -а-ды/-е-ді: not after д, since a verb in -да/-де takes the past -ды (қабылда-ды), nor
    /// where the -а/-е ends a verb the stemmer knows (жаса-ды is no жас-ады) or a denominal verb (бағала-ды is
    /// no бағал-ады) other than after a passive -л (оқыл-ады, жасал-ады).</summary>
    Present,

    /// <summary>The conditional -са/-се: not after с (кездес-е), nor where the с ends a verb the stemmer knows (қатыс-а),
    /// nor before a personal ending (достас-а-мын: the conditional takes -м, -ң).</summary>
    Conditional,

    /// <summary>The front -і after a back stem: only after a final consonant cluster (альянс-і) or a
    /// loanword stem that lost its soft sign (рол-і, from роль).</summary>
    AfterLoanword,

    /// <summary>Only after a participle (-атын, -ған, екен): the abstract -дық of болатын-дық, not қауіпсіз-дік.</summary>
    AfterParticiple,

    /// <summary>Only right after a first or second person singular ending: the present -а/-е/-й of бере-мін.</summary>
    AfterSingularPerson,

    /// <summary>After a vowel only when a locative stands before: the relative -ғы of -дағы (Азия-да-ғы),
    /// while аймағы, бөлігі are possessives of аймақ, бөлік.</summary>
    AfterLocative,

    /// <summary>Not after ы/і: келісім-і-н is no келісі-мін.</summary>
    NotAfterHighVowel,

    /// <summary>Not after a participle's -ға/-ге/-қа/-ке or -аты/-еті: болған-ы is no болға-ны, ететін-і no ететі-ні.</summary>
    NotAfterParticiple,

    /// <summary>-сы/-сі after ы/і only when an agent's -шы/-ші stands before (басшы-сы); otherwise
    /// the с belongs to the stem (байланыс-ы, отырыс-ы).</summary>
    AfterVowelStem,

    /// <summary>Not after the -ш of an agent's -шы/-ші in a stem of four letters or more (басшы, елші,
    /// бірінші stay whole), while a short root keeps its possessive (күш-і, іш-і).</summary>
    NotAfterAgentSh,

    /// <summary>Only after a verb the stemmer knows or a denominal verb in -ла/-да/-та (<see cref="KazakhStemmer"/>'s
    /// IsDenominalVerb): the vowel-stem endings -йды, -п, -сақ (жоспарла-йды, айыпта-п), which Қытай-ды, кітап end in too.</summary>
    VerbShaped,

    /// <summary>Only after a verb the stemmer knows, a causative (-дыр, -ғыз), a reflexive -лан, a passive -ыл or a
    /// reciprocal (-лас, -ыс): -дым, -дыңыз after a consonant, which an adjective in -ды with a possessive ends in (мәнді-м).</summary>
    ConsonantVerb,

    /// <summary>Only after a verb the stemmer knows, a causative or a reflexive -лан: -дық/-тық after a consonant, which
    /// makes nouns of passives and reciprocals (екіжыл-дық, ынтымақтас-тық).</summary>
    DerivedVerb,

    /// <summary>Only right after a personal ending, singular or plural, and after a verb the stemmer knows or a
    /// denominal verb: the present -й of жоспарла-й-мыз.</summary>
    AfterPersonVerbShaped,
}
