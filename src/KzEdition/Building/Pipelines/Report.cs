using KzEdition.Engine;
using KzEdition.Modules;

namespace KzEdition.Building.Pipelines;

/// <summary><c>report.html</c>: what the build found and decided, for the editors.</summary>
public static class Report
{
    public static Pipeline Create() => Pipeline.Named(PipelineNames.Report)
        .PostProcess(new GenerateReport(PipelineNames.Sources, PipelineNames.ArticleTexts), new WriteFiles())
        .Build();
}
