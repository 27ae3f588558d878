using KzEdition.Engine;
using KzEdition.Modules;

namespace KzEdition.Building.Pipelines;

/// <summary><c>sitemap.xml</c>, when the base URL is known.</summary>
public static class Sitemap
{
    public static Pipeline Create() => Pipeline.Named(PipelineNames.Sitemap)
        .PostProcess(new GenerateSitemap(PipelineNames.Home, PipelineNames.Pages, PipelineNames.Articles, PipelineNames.Indices), new WriteFiles())
        .Build();
}
