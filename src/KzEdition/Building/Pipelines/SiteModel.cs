using KzEdition.Engine;
using KzEdition.Modules;

namespace KzEdition.Building.Pipelines;

/// <summary>
/// What every page's model shares (site, interface strings, table of contents, index), made once a
/// build; beside it the articles' headings.
/// </summary>
public static class SiteModel
{
    public static Pipeline Create() => Pipeline.Named(PipelineNames.SiteModel)
        .DependsOn(PipelineNames.Articles, PipelineNames.Pages, PipelineNames.Indices)
        .Process(new MakeSiteModel(PipelineNames.Articles, PipelineNames.Pages, PipelineNames.Indices))
        .Build();
}
