using KzEdition.Cleaning;
using KzEdition.Engine;

namespace KzEdition.Modules;

/// <summary>A segment's comparable words and word 4-grams, made once a segment, by which the witnesses of one article are found (<see cref="WitnessSignature"/>). Reads <see cref="EditionKeys.Segment"/>; writes <see cref="EditionKeys.WitnessSignature"/>.</summary>
public sealed class SignWitness : PerDocumentModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.Segment);

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context) =>
        [input.With(EditionKeys.WitnessSignature, WitnessSignature.Of(input.Get(EditionKeys.Segment)))];
}
