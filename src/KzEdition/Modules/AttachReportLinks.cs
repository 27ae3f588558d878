using System.Collections.Immutable;
using KzEdition.Engine;

namespace KzEdition.Modules;

/// <summary>
/// Gives each source the articles its segments became (<see cref="ReportHtml.Links"/>), for its
/// section of the build report. Reads <see cref="EditionKeys.CleanedSource"/> and
/// <see cref="EditionKeys.Segments"/> of each source and the articles pipeline's
/// <see cref="EditionKeys.Article"/>; writes <see cref="EditionKeys.ReportLinks"/>. A source whose
/// links did not change keeps its section remembered (<see cref="RenderReportSection"/>).
/// </summary>
public sealed class AttachReportLinks(string articlesPipeline) : AllDocumentsModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.CleanedSource, EditionKeys.Segments).From(articlesPipeline, EditionKeys.Article);

    public override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var articles = context.OutputsOf(articlesPipeline).Select(d => d.Get(EditionKeys.Article)).ToList();
        var links = ReportHtml.Links([.. inputs.Select(d => (d.Get(EditionKeys.CleanedSource), d.Get(EditionKeys.Segments)))], articles);
        return [.. inputs.Select((document, index) => document.With(EditionKeys.ReportLinks, links[index]))];
    }
}
