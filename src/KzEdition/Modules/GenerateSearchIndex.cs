using System.Collections.Immutable;
using KzEdition.Engine;
using KzEdition.Model;
using KzEdition.Search;
using KzEdition.Site;

namespace KzEdition.Modules;

/// <summary>
/// Writes the search index (<see cref="SearchIndexBuilder"/>) from the articles' search passages
/// (numbered paragraphs with the tables and lists after them), their terms and their synonyms (reads <see cref="EditionKeys.Article"/>, <see cref="EditionKeys.SearchPassages"/>,
/// <see cref="EditionKeys.SearchTerms"/> and <see cref="EditionKeys.ArticleSynonyms"/>), and the entries' files from the
/// Synonyms pipeline (<see cref="EditionKeys.SearchEntryFiles"/>). From one build to the next the index is updated article by
/// article (<see cref="SearchIndexState"/>); the files are always those a build from nothing makes (tested).
/// </summary>
public sealed class GenerateSearchIndex(string synonymsPipeline) : IncrementalModule<SearchIndexState>
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.Article, EditionKeys.SearchPassages, EditionKeys.SearchTerms, EditionKeys.ArticleSynonyms)
        .From(synonymsPipeline, EditionKeys.SearchEntryFiles);

    public override (ImmutableArray<Document> Outputs, SearchIndexState State) Build(ImmutableArray<Document> inputs, IExecutionContext context) =>
        Update(new SearchIndexState(), inputs, [.. inputs.Select(_ => true)], 0, context);

    public override (ImmutableArray<Document> Outputs, SearchIndexState State) Update(SearchIndexState state, ImmutableArray<Document> inputs, IReadOnlyList<bool> changed, int previousCount, IExecutionContext context)
    {
        var articles = inputs.Select((d, i) =>
        {
            var article = d.Get(EditionKeys.Article);
            var passages = d.Get(EditionKeys.SearchPassages);

            // An input unchanged since the state was made has the terms the state holds for its place:
            // its synonyms are not merged in again (at a thousand articles, most of the update's work).
            var terms = !changed[i] && i < state.Articles.Count
                ? state.Articles[i].Terms
                : SearchSynonyms.AddTo(passages, d.Get(EditionKeys.SearchTerms), d.Get(EditionKeys.ArticleSynonyms));
            return new SearchArticle(article.DisplayTitle, SitePaths.ArticlePage(article.Slug), article.Lang, passages, terms);
        }).ToList();
        var entries = context.OutputsOf(synonymsPipeline)[0].Get(EditionKeys.SearchEntryFiles);
        var files = SearchIndexBuilder.Update(state, articles, changed).Add((NamesPath, entries.Names)).Add((SpellingsPath, entries.Spellings));
        return ([.. files.Select(f => Document.Create(null, f.Path).With(Keys.Text, f.Content))], state);
    }

    /// <summary>The entries' names of several words, which search.js reads a query's words against (<see cref="SearchSynonyms.Names"/>).</summary>
    public const string NamesPath = "search/names.json";

    /// <summary>Every entry's spellings, which search.js marks in the snippets of paragraphs found through a synonym (<see cref="SearchSynonyms.Spellings"/>); read only then.</summary>
    public const string SpellingsPath = "search/spellings.json";
}
