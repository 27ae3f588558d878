using KzEdition.Engine;
using KzEdition.Modules;

namespace KzEdition.Building.Pipelines;

/// <summary>The index's entries as search synonyms, one document made again only when the index changes.</summary>
public static class Synonyms
{
    public static Pipeline Create() => Pipeline.Named(PipelineNames.Synonyms)
        .DependsOn(PipelineNames.Indices)
        .Process(new MakeSearchSynonyms(PipelineNames.Indices))
        .Build();
}
