using System.Collections.Immutable;
using KzEdition.Engine;

namespace KzEdition.Modules;

/// <summary>Starts a pipeline's Process phase from another pipeline's processed documents (a declared dependency).</summary>
public sealed class ReadFromPipeline(string pipeline) : IModule
{
    public string Name => $"{nameof(ReadFromPipeline)}({pipeline})";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context) =>
        Task.FromResult(inputs.AddRange(context.OutputsOf(pipeline)));
}
