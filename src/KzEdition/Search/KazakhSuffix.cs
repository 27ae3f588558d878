namespace KzEdition.Search;

/// <summary>
/// One variant of a Kazakh suffix: its letters, the letters it may follow, any further rule, how
/// much must be left before it, and whether stripping it shows the word to be a verb form.
/// </summary>
/// <param name="Text">The suffix in lower case.</param>
/// <param name="Follows">The classes of letter the suffix may stand after.</param>
/// <param name="Rule">A further condition on what stands before it.</param>
/// <param name="MinRemainder">The fewest letters that must stay; never below <see cref="KazakhStemmer.MinStemLength"/>.</param>
/// <param name="Verbal">Stripping it marks a verb form (negation may then follow, and a stem-final ы/і drops as before -у).</param>
/// <param name="Harmonic">Whether its vowel must agree with the stem's (false for the invariant -мен/-бен/-пен).</param>
public sealed record KazakhSuffix(
    string Text,
    LetterClass Follows,
    SuffixRule Rule = SuffixRule.None,
    int MinRemainder = KazakhStemmer.MinStemLength,
    bool Verbal = false,
    bool Harmonic = true);
