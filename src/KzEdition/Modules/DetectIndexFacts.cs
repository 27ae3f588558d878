using KzEdition.Engine;
using KzEdition.Indexing;

namespace KzEdition.Modules;

/// <summary>What index detection finds in each paragraph of an article on its own (acronyms and their expansions, persons, dated events). Reads <see cref="EditionKeys.Paragraphs"/>; writes <see cref="EditionKeys.IndexFacts"/>.</summary>
public sealed class DetectIndexFacts : PerDocumentModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.Paragraphs);

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context) =>
        [input.With(EditionKeys.IndexFacts, [.. input.Get(EditionKeys.Paragraphs).Select(p => EditionIndexBuilder.FactsOf(p.Text))])];
}
