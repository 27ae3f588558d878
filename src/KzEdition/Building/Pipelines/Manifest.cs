using KzEdition.Engine;
using KzEdition.Modules;

namespace KzEdition.Building.Pipelines;

/// <summary><c>edition.json</c>, the machine-readable manifest of the edition.</summary>
public static class Manifest
{
    public static Pipeline Create() => Pipeline.Named(PipelineNames.Manifest)
        .PostProcess(new ReadFromPipeline(PipelineNames.Articles), new DescribeArticle(), new GenerateManifest(PipelineNames.Indices), new WriteFiles())
        .Build();
}
