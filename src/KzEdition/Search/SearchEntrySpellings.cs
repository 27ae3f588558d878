using System.Collections.Immutable;

namespace KzEdition.Search;

/// <summary>
/// An index entry's spellings as search.js marks them in a snippet: a paragraph found through one
/// of <see cref="Keys"/> (a synonym: it names the entry in another spelling) has the words of
/// whichever spelling it holds marked. Each spelling is its words, each word as the keys a word of
/// the text of that spelling may be filed under (its Kazakh stem's key, its Russian stem's, its own).
/// </summary>
/// <param name="Keys">The keys the entry's paragraphs are filed under as synonyms (<see cref="SearchSynonyms.KeysOf"/>, and its entry key).</param>
/// <param name="Spellings">Its name, variants, acronyms and expansion, word by word.</param>
public sealed record SearchEntrySpellings(ImmutableArray<string> Keys, ImmutableArray<ImmutableArray<ImmutableArray<string>>> Spellings);
