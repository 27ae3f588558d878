using System.Collections.Immutable;
using KzEdition.Engine;
using KzEdition.Indexing;
using KzEdition.Model;
using KzEdition.Site;

namespace KzEdition.Modules;

/// <summary>
/// Builds the <see cref="EditionIndex"/> from the articles (reads <see cref="EditionKeys.Article"/>,
/// <see cref="EditionKeys.Paragraphs"/> and <see cref="EditionKeys.IndexFacts"/>) and the editors'
/// terms, and makes its pages: the list of indices, one page per kind that has entries, and the
/// timeline. Every page carries the index (<see cref="EditionKeys.EditionIndex"/>); curated terms no
/// article mentions are reported as warnings.
/// </summary>
/// <remarks>
/// Updated, not built again, from one build to the next (<see cref="IndexMemo"/>): when the articles
/// that changed read as before (<see cref="EditionIndexBuilder.Unchanged"/>: the usual word edit),
/// the last index is given back without building; otherwise a paragraph of an unchanged article is
/// matched again only when the spellings that changed could occur in it, and the related articles are
/// computed again only when which article mentions which entry changed. The update gives the index a
/// build from nothing gives (tested, and checked against Build by the preview's property tests).
/// </remarks>
public sealed class BuildEditionIndex : IncrementalModule<IndexMemo>
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.Article, EditionKeys.Paragraphs, EditionKeys.IndexFacts).Using(EditionResources.Editorial);

    public override (ImmutableArray<Document> Outputs, IndexMemo State) Build(ImmutableArray<Document> inputs, IExecutionContext context) =>
        Update(new IndexMemo(), inputs, [], 0, context);

    public override (ImmutableArray<Document> Outputs, IndexMemo State) Update(IndexMemo state, ImmutableArray<Document> inputs, IReadOnlyList<bool> changed, int previousCount, IExecutionContext context)
    {
        var editorial = context.Get(EditionResources.Editorial);
        var articles = inputs.Select(d => new IndexedArticle(d.Get(EditionKeys.Article), d.Get(EditionKeys.Paragraphs), d.Get(EditionKeys.IndexFacts))).ToList();
        var index = EditionIndexBuilder.Unchanged(articles, changed, state) ?? EditionIndexBuilder.Build(articles, editorial, state);
        foreach (var name in index.Unused)
        {
            var term = editorial.Terms.First(t => t.Name == name);
            context.Report(Diagnostic.Warning($"the term '{name}' is mentioned in no article, so no index lists it", term.Where.File, term.Where.Line, term.Where.Column));
        }

        Document Page(string destination, string layout) =>
            Document.Create(null, destination).With(EditionKeys.Layout, layout).With(EditionKeys.InSitemap, true).With(EditionKeys.EditionIndex, index);

        var pages = ImmutableArray.CreateBuilder<Document>();
        pages.Add(Page(SitePaths.Indices, "indices"));
        foreach (var kind in index.KindsWithRows())
        {
            pages.Add(Page(SitePaths.IndexPage(kind), "index").With(EditionKeys.IndexKind, kind));
        }

        if (!index.Timeline.IsEmpty)
        {
            pages.Add(Page(SitePaths.Timeline, "timeline"));
        }

        return (pages.ToImmutable(), state);
    }
}
