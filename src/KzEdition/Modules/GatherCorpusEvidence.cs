using System.Collections.Immutable;
using KzEdition.Cleaning;
using KzEdition.Engine;

namespace KzEdition.Modules;

/// <summary>
/// The corpus's evidence, from every source's vocabulary: which words it writes whole
/// (<see cref="WordEvidence"/>), how it writes their case (<see cref="CaseEvidence"/>) and how it
/// opens its paragraphs (<see cref="OpeningEvidence"/>), given to every source. Reads
/// <see cref="EditionKeys.Vocabulary"/>; writes <see cref="EditionKeys.WordEvidence"/>,
/// <see cref="EditionKeys.CaseEvidence"/> and <see cref="EditionKeys.OpeningEvidence"/>. An edit of one source updates the evidence by that
/// source's difference (<see cref="Update"/>), which gives what <see cref="Build"/> would (tested).
/// </summary>
public sealed class GatherCorpusEvidence : IncrementalModule<GatherCorpusEvidence.State>
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.Vocabulary);

    public override (ImmutableArray<Document> Outputs, State State) Build(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var vocabularies = inputs.Select(d => d.Get(EditionKeys.Vocabulary)).ToImmutableArray();
        var state = new State(vocabularies, WordEvidence.From(vocabularies), CaseEvidence.From(vocabularies), OpeningEvidence.From(vocabularies));
        return (Give(inputs, state), state);
    }

    public override (ImmutableArray<Document> Outputs, State State) Update(State state, ImmutableArray<Document> inputs, IReadOnlyList<bool> changed, int previousCount, IExecutionContext context)
    {
        var vocabularies = inputs.Select(d => d.Get(EditionKeys.Vocabulary)).ToImmutableArray();
        var removed = state.Vocabularies.Where((v, i) => i >= inputs.Length || changed[i]).ToList();
        var added = vocabularies.Where((v, i) => changed[i]).ToList();
        var updated = removed.Count == 0 && added.Count == 0
            ? state with { Vocabularies = vocabularies }
            : new State(vocabularies, state.Words.Update(removed, added), state.Cases.Update(removed, added), state.Openings.Update(removed, added));
        return (Give(inputs, updated), updated);
    }

    private static ImmutableArray<Document> Give(ImmutableArray<Document> inputs, State state) =>
        [.. inputs.Select(d => d.With(EditionKeys.WordEvidence, state.Words).With(EditionKeys.CaseEvidence, state.Cases).With(EditionKeys.OpeningEvidence, state.Openings))];

    /// <summary>Each source's vocabulary (by place), and the evidence they sum to.</summary>
    public sealed record State(ImmutableArray<SourceVocabulary> Vocabularies, WordEvidence Words, CaseEvidence Cases, OpeningEvidence Openings);
}
