using KzEdition.Engine;
using KzEdition.Modules;

namespace KzEdition.Building.Pipelines;

/// <summary>The reading view of each Kazakh article in the Latin script, <c>articles/&lt;slug&gt;/latn/</c>: the same page, written in Latin.</summary>
public static class LatinArticles
{
    public static Pipeline Create() => Pipeline.Named(PipelineNames.LatinArticles)
        .DependsOn(PipelineNames.Articles)
        .Process(new ReadFromPipeline(PipelineNames.Articles), new CreateLatinArticles())
        .PostProcess(PageSteps.Modules(withBody: true))
        .Build();
}
