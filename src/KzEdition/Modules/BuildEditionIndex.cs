using System.Collections.Immutable;
using KzEdition.Building;
using KzEdition.Editorial;
using KzEdition.Engine;
using KzEdition.Indexing;
using KzEdition.Model;
using KzEdition.Site;

namespace KzEdition.Modules;

/// <summary>
/// Builds the <see cref="EditionIndex"/> from the Articles pipeline's documents (reads
/// <see cref="Keys.Article"/> and <see cref="Keys.Paragraphs"/>) and makes its pages: the list of
/// indices, one page per kind that has entries, and the timeline. Every page carries the index
/// (<see cref="Keys.EditionIndex"/>); curated terms no article mentions are reported as warnings.
/// </summary>
public sealed class BuildEditionIndex(EditorialDecisions editorial, IndexMemo? memo = null) : IModule
{
    /// <summary>The edition's index, as the Indices pipeline made it (null in a build without one): what pages, links and the manifest read.</summary>
    public static EditionIndex? Of(IExecutionContext context) =>
        context.OutputsOf(PipelineNames.Indices).FirstOrDefault()?.GetOrDefault<EditionIndex>(Keys.EditionIndex);

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var articles = context.OutputsOf(PipelineNames.Articles)
            .Select(d => new IndexedArticle(d.Get<Article>(Keys.Article), d.Get<ImmutableArray<NumberedParagraph>>(Keys.Paragraphs)))
            .ToList();
        var index = EditionIndexBuilder.Build(articles, editorial, memo);
        foreach (var name in index.Unused)
        {
            var term = editorial.Terms.First(t => t.Name == name);
            context.Report(Diagnostic.Warning($"the term '{name}' is mentioned in no article, so no index lists it", term.Where.File, term.Where.Line, term.Where.Column));
        }

        Document Page(string destination, string layout) =>
            Document.Create(null, destination, "").With(Keys.Layout, layout).With(Keys.InSitemap, true).With(Keys.EditionIndex, index);

        var pages = ImmutableArray.CreateBuilder<Document>();
        pages.Add(Page(SitePaths.Indices, "indices"));
        foreach (var kind in index.KindsWithRows())
        {
            pages.Add(Page(SitePaths.IndexPage(kind), "index").With(Keys.IndexKind, kind));
        }

        if (!index.Timeline.IsEmpty)
        {
            pages.Add(Page(SitePaths.Timeline, "timeline"));
        }

        return Task.FromResult(pages.ToImmutable());
    }
}
