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
    ImmutableArray<(EventDate Date, string Sentence, int DateStart, int DateLength, int Position)> Events);
