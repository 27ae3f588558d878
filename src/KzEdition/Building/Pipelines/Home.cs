using KzEdition.Engine;
using KzEdition.Modules;
using KzEdition.Site;

namespace KzEdition.Building.Pipelines;

/// <summary>The home page: the edition's title, introduction and table of contents.</summary>
public static class Home
{
    public static Pipeline Create() => Pipeline.Named(PipelineNames.Home)
        .Process(new CreatePage(SitePaths.Home, "home", null, inSitemap: true))
        .PostProcess(PageSteps.Modules())
        .Build();
}
