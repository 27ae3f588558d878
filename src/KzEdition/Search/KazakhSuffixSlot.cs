namespace KzEdition.Search;

/// <summary>
/// One slot's table of <see cref="KazakhSuffixes"/> as the stemmer reads it: the suffixes grouped
/// by their last letter, each group in the table's own order (longest first, then as declared),
/// and each suffix with its vowel harmony worked out once.
/// </summary>
/// <remarks>
/// A word can only lose a suffix that ends in its own last letter, so the stemmer compares it with
/// that letter's group (two to a dozen suffixes) and not with the whole table (up to eighty): the
/// first suffix of the group that fits is the first of the table that fits, as the order is kept.
/// </remarks>
internal sealed class KazakhSuffixSlot
{
    /// <summary>The Cyrillic block, where every suffix ends (U+0400–U+04FF).</summary>
    private const char FirstLetter = '\u0400';

    private const int LetterCount = 0x100;

    private readonly Candidate[][] _byLastLetter = new Candidate[LetterCount][];

    public KazakhSuffixSlot(IReadOnlyList<KazakhSuffix> suffixes, Func<string, bool?> harmonyOf)
    {
        var groups = new List<Candidate>[LetterCount];
        foreach (var suffix in suffixes)
        {
            var last = suffix.Text[^1] - FirstLetter;
            if (last is < 0 or >= LetterCount)
            {
                throw new ArgumentException($"the suffix -{suffix.Text} does not end in a Cyrillic letter", nameof(suffixes));
            }

            (groups[last] ??= []).Add(new Candidate(suffix, harmonyOf(suffix.Text)));
        }

        for (var i = 0; i < LetterCount; i++)
        {
            _byLastLetter[i] = groups[i] is { } group ? [.. group] : [];
        }
    }

    /// <summary>A suffix and whether its vowel is back (true), front (false) or tells neither (null).</summary>
    public readonly record struct Candidate(KazakhSuffix Suffix, bool? IsBack);

    /// <summary>The suffixes that end in <paramref name="last"/>, in the table's order; none for a letter outside Cyrillic.</summary>
    public ReadOnlySpan<Candidate> EndingIn(char last) =>
        last - FirstLetter is >= 0 and < LetterCount ? _byLastLetter[last - FirstLetter] : [];
}
