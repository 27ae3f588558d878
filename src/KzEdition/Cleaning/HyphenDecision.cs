namespace KzEdition.Cleaning;

/// <summary>What a hyphen at a break turned out to be, and how sure the cleaner is.</summary>
public enum HyphenDecision
{
    /// <summary>Not a hyphenated break at all.</summary>
    None,

    /// <summary>Part of the word (НАТО-ның, әлеуметтік-экономикалық): kept.</summary>
    Kept,

    /// <summary>
    /// Part of the word by the layout's evidence, where the corpus gives none: the line had room for
    /// the next part's first syllable, so a typesetter breaking at syllables would have broken later (күш-жігерді).
    /// </summary>
    KeptForRoom,

    /// <summary>A split inside one word (бағдарлама-сындағы): removed, the halves joined.</summary>
    Joined,

    /// <summary>Removed with no evidence either way: reported for editors to check.</summary>
    JoinedWithoutEvidence,
}
