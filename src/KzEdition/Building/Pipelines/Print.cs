using KzEdition.Engine;
using KzEdition.Modules;

namespace KzEdition.Building.Pipelines;

/// <summary>
/// The print edition, <c>print/index.html</c>: the whole edition as one document (title page,
/// contents, every article, the indices, the colophon), made of parts rendered each on its own.
/// </summary>
public static class Print
{
    public static Pipeline Create() => Pipeline.Named(PipelineNames.Print)
        .PostProcess(
            new ReadFromPipeline(PipelineNames.Articles),
            new AttachIndexLinks(PipelineNames.Indices),
            new RenderPrintBody(),
            new AttachArticleContext(PipelineNames.SiteModel),
            new MakePrintArticleModel(),
            new MakePrintModels(PipelineNames.SiteModel),
            new RenderPage(),
            new JoinPrintEdition(),
            new WriteFiles())
        .Build();
}
