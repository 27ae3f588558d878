using KzEdition.Engine;

namespace KzEdition.Modules;

/// <summary>One document for each article segment of a source (none for a source with no text). Reads <see cref="EditionKeys.Segments"/>; writes <see cref="EditionKeys.Segment"/>.</summary>
public sealed class SplitIntoSegments : PerDocumentModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.Segments);

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context) =>
        input.Get(EditionKeys.Segments).Select(s => input.With(EditionKeys.Segment, s));
}
