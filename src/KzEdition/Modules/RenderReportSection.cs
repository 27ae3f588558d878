using KzEdition.Engine;

namespace KzEdition.Modules;

/// <summary>
/// A source's section of the build report (<see cref="ReportHtml.Section"/>), made once a source and
/// remembered: an edit of one source of a thousand makes one section again. Reads
/// <see cref="EditionKeys.CleanedSource"/>, <see cref="EditionKeys.Segments"/> and
/// <see cref="EditionKeys.ReportLinks"/>; writes <see cref="EditionKeys.ReportSection"/>.
/// </summary>
public sealed class RenderReportSection : PerDocumentModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.CleanedSource, EditionKeys.Segments, EditionKeys.ReportLinks);

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context) =>
        [input.With(EditionKeys.ReportSection, ReportHtml.Section(input.Get(EditionKeys.CleanedSource), input.Get(EditionKeys.Segments), input.Get(EditionKeys.ReportLinks)))];
}
