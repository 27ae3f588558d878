using KzEdition.Cleaning;
using KzEdition.Engine;

namespace KzEdition.Modules;

/// <summary>What one source gives the corpus's evidence (<see cref="SourceVocabulary"/>). Reads <see cref="EditionKeys.SourceText"/>; writes <see cref="EditionKeys.Vocabulary"/>.</summary>
public sealed class DescribeVocabulary : PerDocumentModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.SourceText);

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context) =>
        [input.With(EditionKeys.Vocabulary, SourceVocabulary.Of(input.Get(EditionKeys.SourceText).Text))];
}
