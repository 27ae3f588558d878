using System.Collections.Immutable;

namespace KzEdition.Indexing;

/// <summary>
/// What detection finds in one paragraph, whatever the rest of the edition holds: its acronyms,
/// the expansions it gives, the persons it names, and its dated events (date, sentence, where the
/// date is in it). Remembered by text in an incremental session, so an edit re-reads one paragraph.
/// </summary>
public sealed record ParagraphFacts(
    ImmutableArray<string> Acronyms,
    ImmutableArray<(string Acronym, string Expansion)> Expansions,
    ImmutableArray<PersonMention> Persons,
    ImmutableArray<(EventDate Date, string Sentence, int DateStart, int DateLength, int Position)> Events)
{
    /// <summary>Whether the other paragraph's facts are the same, item by item (a record compares its arrays by reference).</summary>
    public bool SameAs(ParagraphFacts other) =>
        ReferenceEquals(this, other)
        || (Acronyms.SequenceEqual(other.Acronyms)
            && Expansions.SequenceEqual(other.Expansions)
            && Persons.SequenceEqual(other.Persons)
            && Events.SequenceEqual(other.Events));
}
