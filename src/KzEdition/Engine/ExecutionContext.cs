using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace KzEdition.Engine;

/// <summary>The context of one pipeline phase: which outputs it may read, where its messages go.</summary>
internal sealed class ExecutionContext(
    string pipelineName,
    Phase phase,
    Func<string, ImmutableArray<Document>> outputsOf,
    ConcurrentQueue<Diagnostic> diagnostics,
    CancellationToken cancellationToken) : IExecutionContext
{
    public string PipelineName { get; } = pipelineName;

    public Phase Phase { get; } = phase;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public ImmutableArray<Document> OutputsOf(string pipelineName) => outputsOf(pipelineName);

    public void Report(Diagnostic diagnostic) => diagnostics.Enqueue(diagnostic);
}
