using KzEdition.Configuration;
using KzEdition.Engine;
using KzEdition.Modules;
using KzEdition.Site;

namespace KzEdition.Building.Pipelines;

/// <summary>The page a web host shows for a missing URL, <c>404.html</c>.</summary>
public static class NotFound
{
    public static Pipeline Create(EditionPaths paths) => Pipeline.Named(PipelineNames.NotFound)
        .Process(new CreatePage(SitePaths.NotFound, "404", "404", inSitemap: false), new WarnOfUnknownAddress(paths.Display(EditionSettingsLoader.FileName)))
        .PostProcess(PageSteps.Modules())
        .Build();
}
