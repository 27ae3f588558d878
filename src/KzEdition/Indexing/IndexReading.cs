using System.Collections.Immutable;

namespace KzEdition.Indexing;

/// <summary>
/// Everything the index reads of one article (<see cref="EditionIndexBuilder"/>): its id, language
/// and keywords, its paragraphs' numbers, what detection found in each, and the spellings each
/// mentions of the last build's sets. Two articles read alike give the same index: an edit that
/// changes none of it (a word that names nothing) leaves the index as it was.
/// </summary>
internal sealed record IndexReading(
    string Id,
    string Lang,
    ImmutableArray<string> Keywords,
    int[] Numbers,
    ParagraphFacts[] Facts,
    string[][] Mentions,
    string[][] KeywordMentions)
{
    /// <summary>Whether the other reading holds the same, value by value (the records' own equality compares their arrays by reference).</summary>
    public bool SameAs(IndexReading other) =>
        Id == other.Id
        && Lang == other.Lang
        && Keywords.SequenceEqual(other.Keywords)
        && Numbers.AsSpan().SequenceEqual(other.Numbers)
        && Facts.Length == other.Facts.Length
        && Facts.Zip(other.Facts).All(f => f.First.SameAs(f.Second))
        && Alike(Mentions, other.Mentions)
        && Alike(KeywordMentions, other.KeywordMentions);

    private static bool Alike(string[][] one, string[][] other) =>
        one.Length == other.Length && one.Zip(other).All(p => p.First.AsSpan().SequenceEqual(p.Second));
}
