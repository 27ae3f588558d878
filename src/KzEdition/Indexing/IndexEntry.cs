using KzEdition.Model;
using System.Collections.Immutable;

namespace KzEdition.Indexing;

/// <summary>One entry of an index: a person, organisation, place, acronym or keyword, and where the edition mentions it.</summary>
/// <param name="Id">The entry's anchor on its index page, unique in that index (an ASCII slug of the name).</param>
/// <param name="Heading">The form the index lists it under: persons surname first (Назарбаев Н.Ә.), others as named.</param>
/// <param name="Spellings">The spellings it is found under (the name, the editors' variants, the forms detected).</param>
/// <param name="Acronyms">The acronyms of an entry that is not itself an acronym (ЕАӘК of Еуроатлантикалық әріптестік кеңесі).</param>
/// <param name="Curated">Whether the editors listed it in terms.yml (else it was detected).</param>
/// <param name="Locators">In the edition's order of articles, then of paragraphs.</param>
public sealed record IndexEntry(
    TermType Type,
    string Id,
    string Name,
    string Heading,
    string? Description,
    string? Expansion,
    ImmutableArray<string> Spellings,
    ImmutableArray<string> Acronyms,
    bool Curated,
    ImmutableArray<IndexLocator> Locators);
