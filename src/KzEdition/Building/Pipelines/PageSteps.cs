using KzEdition.Engine;
using KzEdition.Modules;

namespace KzEdition.Building.Pipelines;

/// <summary>The steps that make pages of documents, shared by the pipelines that write pages: model, render, write (an article's body first).</summary>
public static class PageSteps
{
    public static IModule[] Modules(bool withBody = false) => withBody
        ?
        [
            new AttachIndexLinks(PipelineNames.Indices),
            new RenderArticleBody(),
            new AttachArticleContext(PipelineNames.SiteModel, PipelineNames.Indices),
            new MakeArticleModel(),
            new MakePageModel(PipelineNames.SiteModel),
            new RenderPage(),
            new WriteFiles(),
        ]
        :
        [
            new MakePageModel(PipelineNames.SiteModel),
            new RenderPage(),
            new WriteFiles(),
        ];
}
