using KzEdition.Engine;
using KzEdition.Modules;
using KzEdition.Site;

namespace KzEdition.Building.Pipelines;

/// <summary>The page a web host shows for a missing URL, <c>404.html</c>.</summary>
public static class NotFound
{
    public static Pipeline Create() => Pipeline.Named(PipelineNames.NotFound)
        .Process(new CreatePage(SitePaths.NotFound, "404", "404", inSitemap: false))
        .PostProcess(PageSteps.Modules())
        .Build();
}
