using System.Collections.Immutable;
using System.Text.Json;
using KzEdition.Engine;
using KzEdition.Search;

namespace KzEdition.Modules;

/// <summary>
/// Makes the index's entries search synonyms (<see cref="SearchSynonyms"/>) and the two files search.js
/// reads them from (<see cref="SearchEntryFiles"/>), as one document. Remembered by the index: an edit that
/// leaves the index as it was (most edits of a source or an article) does not stem its entries'
/// spellings again, and the search index is not told that anything of it changed. Reads the Indices
/// pipeline's <see cref="EditionKeys.EditionIndex"/>; writes <see cref="EditionKeys.SearchSynonyms"/>
/// and <see cref="EditionKeys.SearchEntryFiles"/>.
/// </summary>
public sealed class MakeSearchSynonyms(string indicesPipeline) : AllDocumentsModule
{
    public override Reads Reads { get; } = Reads.Nothing.From(indicesPipeline, EditionKeys.EditionIndex);

    public override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var index = context.OutputsOf(indicesPipeline).FirstOrDefault()?.GetOrDefault(EditionKeys.EditionIndex);
        var synonyms = index is null ? SearchSynonyms.None : SearchSynonyms.Of(index.Entries);
        var files = new SearchEntryFiles(NamesJson(synonyms), SpellingsJson(synonyms));
        return [Document.Create(null, null).With(EditionKeys.SearchSynonyms, synonyms).With(EditionKeys.SearchEntryFiles, files)];
    }

    /// <summary>[[entry key, [[keys of word 1], [keys of word 2], …]], …], in a fixed order (<see cref="SearchSynonyms.Names"/>).</summary>
    private static string NamesJson(SearchSynonyms synonyms) =>
        JsonSerializer.Serialize(synonyms.Names.Select(n => new object[] { n.Entry, n.Words.Select(w => w.ToArray()).ToArray() }).ToList(),
            SearchJson.Files.ListObjectArray) + "\n";

    /// <summary>[[[keys filed under], [[[keys of word 1], …] of spelling 1, …]], …], in the index's order of entries (<see cref="SearchSynonyms.Spellings"/>).</summary>
    private static string SpellingsJson(SearchSynonyms synonyms) =>
        JsonSerializer.Serialize(synonyms.Spellings.Select(e => new object[] { e.Keys.ToArray(), e.Spellings.Select(s => s.Select(w => w.ToArray()).ToArray()).ToArray() }).ToList(),
            SearchJson.Files.ListObjectArray) + "\n";
}
