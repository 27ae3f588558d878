using KzEdition.Cleaning;
using KzEdition.Engine;

namespace KzEdition.Modules;

/// <summary>
/// Cuts a cleaned source into article segments (<see cref="ArticleSegmenter"/>), with the editors'
/// paragraph breaks, splits and joins of it, and reports what the cleaner found and decided in it: layout, furniture
/// removed, decisions, each segment and why it starts where it does. Reads
/// <see cref="EditionKeys.CleanedSource"/> and <see cref="EditionKeys.SourceEdits"/>; writes
/// <see cref="EditionKeys.Segments"/>, and the cleaned source with the editors' paragraph breaks made.
/// </summary>
public sealed class SegmentSource : PerDocumentModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.CleanedSource, EditionKeys.SourceEdits);

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        var edits = input.Get(EditionKeys.SourceEdits);
        var source = ParagraphStarts.Apply(input.Get(EditionKeys.CleanedSource), edits.ParagraphStarts);
        var segments = ArticleSegmenter.Segment(source, edits.Splits.ToHashSet(), edits.Joins.ToHashSet());
        var path = source.Source.Path;
        context.Report(Diagnostic.Info($"layout: {SourceLayouts.Describe(source.Layout)}; {source.Blocks.Length} blocks", path));
        foreach (var removed in source.Furniture)
        {
            context.Report(Diagnostic.Info($"removed {removed.Reason}: «{removed.Text}»", path, removed.Line));
        }

        foreach (var decision in source.Decisions)
        {
            context.Report(decision);
        }

        if (segments.IsEmpty)
        {
            context.Report(Diagnostic.Warning("holds no text; no article made from it", path));
        }

        foreach (var segment in segments)
        {
            context.Report(Diagnostic.Info($"article {segment.Ordinal}: lines {segment.FirstLine}–{segment.LastLine}, starts at {segment.Reason}", path, segment.FirstLine));
        }

        // The source as the editors' paragraph breaks left it: what the report and the checks of their splits read.
        return [input.With(EditionKeys.CleanedSource, source).With(EditionKeys.Segments, segments)];
    }
}
