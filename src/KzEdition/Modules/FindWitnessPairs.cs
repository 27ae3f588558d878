using System.Collections.Immutable;
using KzEdition.Cleaning;
using KzEdition.Engine;

namespace KzEdition.Modules;

/// <summary>
/// Finds the segments of different sources that are witnesses of one article (<see cref="WitnessPartners"/>)
/// and gives each segment its pairs with the later ones. Reads <see cref="EditionKeys.Segment"/> (its
/// source) and <see cref="EditionKeys.WitnessSignature"/>; writes <see cref="EditionKeys.WitnessPairs"/>.
/// </summary>
/// <remarks>
/// Updated, not found again, from one preview build to the next when the segments are as many as
/// before: only the changed segments are compared with the others. With more or fewer segments (a
/// source cut differently) the places of the pairs shift, and the pairs are found from nothing.
/// </remarks>
public sealed class FindWitnessPairs : IncrementalModule<WitnessPartners>
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.Segment, EditionKeys.WitnessSignature);

    public override (ImmutableArray<Document> Outputs, WitnessPartners State) Build(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var (signatures, sources) = Read(inputs);
        var partners = WitnessPartners.Find(signatures, sources, WitnessMerger.SameArticleContainment);
        return (Outputs(inputs, partners), partners);
    }

    public override (ImmutableArray<Document> Outputs, WitnessPartners State) Update(WitnessPartners state, ImmutableArray<Document> inputs, IReadOnlyList<bool> changed, int previousCount, IExecutionContext context)
    {
        if (inputs.Length != previousCount)
        {
            return Build(inputs, context);
        }

        var (signatures, sources) = Read(inputs);
        state.Update(signatures, sources, changed);
        return (Outputs(inputs, state), state);
    }

    private static (WitnessSignature[] Signatures, int[] Sources) Read(ImmutableArray<Document> inputs) =>
        ([.. inputs.Select(d => d.Get(EditionKeys.WitnessSignature))], WitnessMerger.SourceNumbers([.. inputs.Select(d => d.Get(EditionKeys.Segment))]));

    private static ImmutableArray<Document> Outputs(ImmutableArray<Document> inputs, WitnessPartners partners) =>
        [.. inputs.Select((document, index) => document.With(EditionKeys.WitnessPairs, partners.PairsFrom(index)))];
}
