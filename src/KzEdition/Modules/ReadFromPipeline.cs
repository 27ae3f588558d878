using System.Collections.Immutable;
using KzEdition.Engine;

namespace KzEdition.Modules;

/// <summary>Adds another pipeline's documents (as they stand after its Process phase) to this one's: a declared dependency in Process, any pipeline in PostProcess.</summary>
public sealed class ReadFromPipeline(string pipeline) : AllDocumentsModule
{
    public override string Name => $"{nameof(ReadFromPipeline)}({pipeline})";

    public override Reads Reads { get; } = new Reads().From(pipeline).NotRemembered();

    public override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context) =>
        inputs.AddRange(context.OutputsOf(pipeline));
}
