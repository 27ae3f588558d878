using System.Collections.Immutable;

namespace KzEdition.Search;

/// <summary>
/// A name of several words of an index entry, as search.js matches a query against it: each word
/// as the keys a query word of that spelling has, and the entry's key (<see cref="SearchSynonyms.EntryKey"/>).
/// </summary>
public sealed record SearchEntryName(string Entry, ImmutableArray<ImmutableArray<string>> Words);
