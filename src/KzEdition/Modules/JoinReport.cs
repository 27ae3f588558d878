using System.Collections.Immutable;
using KzEdition.Engine;
using KzEdition.Site;

namespace KzEdition.Modules;

/// <summary>
/// Makes <c>report.html</c> of its head (the summary and the table of articles, made each time) and
/// the sources' sections as they were made (<see cref="RenderReportSection"/>), as parts: the page is
/// never one string, and the preview hashes only the sections that are new. Reads
/// <see cref="EditionKeys.CleanedSource"/> and <see cref="EditionKeys.ReportSection"/> of each source
/// and the articles pipeline's <see cref="EditionKeys.Article"/>; writes the page, with
/// <see cref="EditionKeys.EditionReport"/>.
/// </summary>
public sealed class JoinReport(string articlesPipeline) : AllDocumentsModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.CleanedSource, EditionKeys.ReportSection).From(articlesPipeline, EditionKeys.Article);

    public override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var articles = context.OutputsOf(articlesPipeline).Select(d => d.Get(EditionKeys.Article)).ToList();
        var report = ReportHtml.Summary([.. inputs.Select(d => d.Get(EditionKeys.CleanedSource))], articles);
        var parts = ImmutableArray.CreateBuilder<string>(inputs.Length + 2);
        parts.Add(ReportHtml.Head(report, articles));
        foreach (var input in inputs)
        {
            parts.Add(input.Get(EditionKeys.ReportSection));
        }

        parts.Add(ReportHtml.Foot);
        return [Document.Create(null, SitePaths.Report).With(Keys.Parts, new ContentParts(parts.MoveToImmutable())).With(EditionKeys.EditionReport, report)];
    }
}
