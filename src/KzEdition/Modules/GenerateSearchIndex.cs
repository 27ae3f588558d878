using System.Collections.Immutable;
using KzEdition.Building;
using KzEdition.Engine;
using KzEdition.Model;
using KzEdition.Search;
using KzEdition.Site;

namespace KzEdition.Modules;

/// <summary>
/// Writes the search index (<see cref="SearchIndexBuilder"/>) from the Articles pipeline's numbered
/// paragraphs (reads <see cref="Keys.Article"/> and <see cref="Keys.Paragraphs"/>). In an
/// incremental session each paragraph's terms are remembered by its text and language, so an
/// edit stems one paragraph again, not the edition.
/// </summary>
/// <param name="state">The index as the last build of an incremental session left it; null for a plain build.</param>
public sealed class GenerateSearchIndex(MemoStore? memo = null, SearchIndexState? state = null) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var articles = context.OutputsOf(PipelineNames.Articles)
            .Select(d => (Article: d.Get<Article>(Keys.Article), Paragraphs: d.Get<ImmutableArray<NumberedParagraph>>(Keys.Paragraphs)))
            .Select(a => new SearchArticle(a.Article.DisplayTitle, SitePaths.ArticlePage(a.Article.Slug), a.Article.Lang, a.Paragraphs))
            .ToList();
        var files = state is null ? SearchIndexBuilder.Build(articles, Terms) : SearchIndexBuilder.Update(state, articles, Terms);
        return Task.FromResult(files.Select(f => Document.Create(null, f.Path, f.Content)).ToImmutableArray());
    }

    private SearchParagraph Terms(string text, string lang)
    {
        if (memo is null)
        {
            return SearchParagraph.Of(text, lang);
        }

        var key = new RefKey(text, lang);
        if (!memo.TryGet(key, out SearchParagraph terms))
        {
            terms = SearchParagraph.Of(text, lang);
            memo.Set(key, terms);
        }

        return terms;
    }
}
