using KzEdition.Engine;
using KzEdition.Modules;

namespace KzEdition.Building.Pipelines;

/// <summary>
/// <c>report.html</c>: what the build found and decided, for the editors. One section a source, made
/// from the source and remembered; the page joins them under the summary and the table of articles.
/// </summary>
public static class Report
{
    public static Pipeline Create() => Pipeline.Named(PipelineNames.Report)
        .DependsOn(PipelineNames.Sources)
        .DependsOn(PipelineNames.ArticleTexts)
        .Process(new ReadFromPipeline(PipelineNames.Sources), new AttachReportLinks(PipelineNames.ArticleTexts), new RenderReportSection())
        .PostProcess(new JoinReport(PipelineNames.ArticleTexts), new WriteFiles())
        .Build();
}
