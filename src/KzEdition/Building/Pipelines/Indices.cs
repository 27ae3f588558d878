using KzEdition.Engine;
using KzEdition.Modules;

namespace KzEdition.Building.Pipelines;

/// <summary>The edition's indices (persons, organisations, places, acronyms, keywords), the timeline and the related articles, and their pages.</summary>
public static class Indices
{
    public static Pipeline Create() => Pipeline.Named(PipelineNames.Indices)
        .DependsOn(PipelineNames.Articles)
        .Process(new ReadFromPipeline(PipelineNames.Articles), new BuildEditionIndex())
        .PostProcess(
            // An index page's entries made each on its own and remembered, then gathered into the page's model.
            new MakeIndexRows(),
            new MakeIndexEntryModel(PipelineNames.SiteModel),
            new GatherIndexEntries(),
            new MakeIndexModel(PipelineNames.SiteModel),
            new MakePageModel(PipelineNames.SiteModel),

            // Each entry of an index page rendered on its own and remembered, then put in its page.
            new MakeIndexEntryFragments(),
            new RenderPage(),
            new JoinPageFragments("index"),
            new WriteFiles())
        .Build();
}
