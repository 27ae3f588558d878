using KzEdition.Text;

namespace KzEdition.Indexing;

/// <summary>
/// The spellings one build of the index looks for in the text, with their matcher (a match names
/// its spelling's key). Two builds' sets that differ tell which first words lie between them: a
/// paragraph in which none of those words occurs is matched alike by both, so an edit that adds
/// one acronym to the edition matches again only the paragraphs that have its letters.
/// </summary>
internal sealed class SpellingSet
{
    private readonly HashSet<string> _spellings;
    private readonly IReadOnlyList<(string Spelling, string Key)> _pairs;
    private TermMatcher? _matcher;
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<SpellingSet, string[]> _apart = new(); // weak: a set must not keep every set before it

    /// <param name="spellings">The spellings, each with its key (the entry a match names).</param>
    public SpellingSet(IReadOnlyList<(string Spelling, string Key)> spellings)
    {
        _spellings = spellings.Select(s => s.Spelling).ToHashSet(StringComparer.Ordinal);
        Text = string.Join('\0', spellings.Select(s => s.Spelling + "\t" + s.Key));
        _pairs = spellings;
    }

    /// <summary>The spellings as one string: two sets with the same are the same set.</summary>
    public string Text { get; }

    /// <summary>Made when first asked for: a set equal to the last build's is dropped for that one unused.</summary>
    public TermMatcher Matcher => _matcher ??= new TermMatcher(_pairs);

    /// <summary>
    /// The first words (as keys) of the spellings in one set and not the other: only a text in
    /// which one of them occurs can be matched differently by the two.
    /// </summary>
    public string[] FirstWordsApart(SpellingSet other) => _apart.GetValue(other, o =>
        [.. _spellings.Except(o._spellings).Concat(o._spellings.Except(_spellings))
            .Select(WordTokens.FirstKey)
            .Distinct(StringComparer.Ordinal)]);
}
