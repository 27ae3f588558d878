using System.Collections.Immutable;
using KzEdition.Engine;
using KzEdition.Model;
using KzEdition.Search;
using KzEdition.Site;

namespace KzEdition.Modules;

/// <summary>
/// Writes the search index (<see cref="SearchIndexBuilder"/>) from the articles' numbered paragraphs
/// and their terms (reads <see cref="EditionKeys.Article"/>, <see cref="EditionKeys.Paragraphs"/> and
/// <see cref="EditionKeys.SearchTerms"/>). From one build to the next the index is updated article by
/// article (<see cref="SearchIndexState"/>); the files are always those a build from nothing makes (tested).
/// </summary>
public sealed class GenerateSearchIndex : IncrementalModule<SearchIndexState>
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.Article, EditionKeys.Paragraphs, EditionKeys.SearchTerms);

    public override (ImmutableArray<Document> Outputs, SearchIndexState State) Build(ImmutableArray<Document> inputs, IExecutionContext context) =>
        Update(new SearchIndexState(), inputs, [.. inputs.Select(_ => true)], 0, context);

    public override (ImmutableArray<Document> Outputs, SearchIndexState State) Update(SearchIndexState state, ImmutableArray<Document> inputs, IReadOnlyList<bool> changed, int previousCount, IExecutionContext context)
    {
        var articles = inputs.Select(d =>
        {
            var article = d.Get(EditionKeys.Article);
            return new SearchArticle(article.DisplayTitle, SitePaths.ArticlePage(article.Slug), article.Lang, d.Get(EditionKeys.Paragraphs), d.Get(EditionKeys.SearchTerms));
        }).ToList();
        var files = SearchIndexBuilder.Update(state, articles, changed);
        return ([.. files.Select(f => Document.Create(null, f.Path).With(Keys.Text, f.Content))], state);
    }
}
