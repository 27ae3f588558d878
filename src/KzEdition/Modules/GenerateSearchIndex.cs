using System.Collections.Immutable;
using KzEdition.Engine;
using KzEdition.Model;
using KzEdition.Search;
using KzEdition.Site;

namespace KzEdition.Modules;

/// <summary>
/// Writes the search index (<see cref="SearchIndexBuilder"/>) from the articles' search passages
/// (numbered paragraphs with the tables and lists after them) and their terms (reads <see cref="EditionKeys.Article"/>, <see cref="EditionKeys.SearchPassages"/> and
/// <see cref="EditionKeys.SearchTerms"/>). From one build to the next the index is updated article by
/// article (<see cref="SearchIndexState"/>); the files are always those a build from nothing makes (tested).
/// </summary>
public sealed class GenerateSearchIndex(string indicesPipeline) : IncrementalModule<SearchIndexState>
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.Article, EditionKeys.SearchPassages, EditionKeys.SearchTerms)
        .From(indicesPipeline, EditionKeys.EditionIndex);

    public override (ImmutableArray<Document> Outputs, SearchIndexState State) Build(ImmutableArray<Document> inputs, IExecutionContext context) =>
        Update(new SearchIndexState(), inputs, [.. inputs.Select(_ => true)], 0, context);

    public override (ImmutableArray<Document> Outputs, SearchIndexState State) Update(SearchIndexState state, ImmutableArray<Document> inputs, IReadOnlyList<bool> changed, int previousCount, IExecutionContext context)
    {
        // The index's entries are search synonyms (SearchSynonyms). The index is read as what all
        // articles share: when it changes, the engine builds this module from nothing.
        var index = context.OutputsOf(indicesPipeline).FirstOrDefault()?.GetOrDefault(EditionKeys.EditionIndex);
        var synonyms = index is null ? SearchSynonyms.None : SearchSynonyms.Of(index.Entries);
        var articles = inputs.Select(d =>
        {
            var article = d.Get(EditionKeys.Article);
            var passages = d.Get(EditionKeys.SearchPassages);
            return new SearchArticle(article.DisplayTitle, SitePaths.ArticlePage(article.Slug), article.Lang, passages, synonyms.AddTo(article.Id, passages, d.Get(EditionKeys.SearchTerms)));
        }).ToList();
        var files = SearchIndexBuilder.Update(state, articles, changed).Add((NamesPath, NamesJson(synonyms))).Add((SpellingsPath, SpellingsJson(synonyms)));
        return ([.. files.Select(f => Document.Create(null, f.Path).With(Keys.Text, f.Content))], state);
    }

    /// <summary>The entries' names of several words, which search.js reads a query's words against (<see cref="SearchSynonyms.Names"/>).</summary>
    public const string NamesPath = "search/names.json";

    /// <summary>[[entry key, [[keys of word 1], [keys of word 2], …]], …], in a fixed order.</summary>
    private static string NamesJson(SearchSynonyms synonyms) =>
        System.Text.Json.JsonSerializer.Serialize(synonyms.Names.Select(n => new object[] { n.Entry, n.Words.Select(w => w.ToArray()).ToArray() }).ToList(),
            SearchJson.Files.ListObjectArray) + "\n";

    /// <summary>Every entry's spellings, which search.js marks in the snippets of paragraphs found through a synonym (<see cref="SearchSynonyms.Spellings"/>); read only then.</summary>
    public const string SpellingsPath = "search/spellings.json";

    /// <summary>[[[keys filed under], [[[keys of word 1], …] of spelling 1, …]], …], in the index's order of entries.</summary>
    private static string SpellingsJson(SearchSynonyms synonyms) =>
        System.Text.Json.JsonSerializer.Serialize(synonyms.Spellings.Select(e => new object[] { e.Keys.ToArray(), e.Spellings.Select(s => s.Select(w => w.ToArray()).ToArray()).ToArray() }).ToList(),
            SearchJson.Files.ListObjectArray) + "\n";
    }
