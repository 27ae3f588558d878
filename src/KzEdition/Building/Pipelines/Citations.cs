using KzEdition.Engine;
using KzEdition.Modules;

namespace KzEdition.Building.Pipelines;

/// <summary>Each article's citation for reference managers (BibTeX, RIS).</summary>
public static class Citations
{
    public static Pipeline Create() => Pipeline.Named(PipelineNames.Citations)
        .DependsOn(PipelineNames.ArticleTexts)
        .Process(new ReadFromPipeline(PipelineNames.ArticleTexts), new GenerateCitationFiles(), new WriteFiles())
        .Build();
}
