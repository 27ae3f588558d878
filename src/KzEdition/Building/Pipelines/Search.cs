using KzEdition.Engine;
using KzEdition.Modules;
using KzEdition.Site;

namespace KzEdition.Building.Pipelines;

/// <summary>The search index's files under <c>search/</c>, and the search page.</summary>
public static class Search
{
    public static Pipeline Create() => Pipeline.Named(PipelineNames.Search)
        .DependsOn(PipelineNames.Articles, PipelineNames.Synonyms)
        .Process(
            new ReadFromPipeline(PipelineNames.Articles),
            new AttachSearchSynonyms(PipelineNames.Synonyms),
            new GenerateSearchIndex(PipelineNames.Synonyms),
            new CreatePage(SitePaths.Search, "search", null, inSitemap: false, keepInputs: true))
        .PostProcess(PageSteps.Modules())
        .Build();
}
