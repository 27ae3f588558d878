namespace KzEdition.Search;

/// <summary>
/// The index's entries as search.js reads them, written out: <c>search/names.json</c> (<see cref="SearchSynonyms.Names"/>)
/// and <c>search/spellings.json</c> (<see cref="SearchSynonyms.Spellings"/>). Made with the synonyms, once an index.
/// </summary>
public sealed record SearchEntryFiles(string Names, string Spellings);
