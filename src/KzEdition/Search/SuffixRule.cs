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

    /// <summary>Not after д: a verb in -да/-де takes the past -ды (қабылда-ды), not the present -а-ды.</summary>
    NotAfterD,

    /// <summary>Only right after a first or second person singular ending: the present -а/-е/-й of бере-мін.</summary>
    AfterSingularPerson,

    /// <summary>After a vowel only when a locative stands before: the relative -ғы of -дағы (Азия-да-ғы),
    /// while аймағы, бөлігі are possessives of аймақ, бөлік.</summary>
    AfterLocative,

    /// <summary>Not after ы/і: келісім-і-н is no келісі-мін.</summary>
    NotAfterHighVowel,

    /// <summary>Not after a participle's -ға/-ге/-қа/-ке: болған-ы is no болға-ны.</summary>
    NotAfterParticiple,

    /// <summary>-сы/-сі after ы/і only when an agent's -шы/-ші stands before (басшы-сы); otherwise
    /// the с belongs to the stem (байланыс-ы, отырыс-ы).</summary>
    AfterVowelStem,

    /// <summary>Not after the -ш of an agent's -шы/-ші in a stem of four letters or more (басшы, елші,
    /// бірінші stay whole), while a short root keeps its possessive (күш-і, іш-і).</summary>
    NotAfterAgentSh,
}
