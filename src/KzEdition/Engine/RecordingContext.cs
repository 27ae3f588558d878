using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace KzEdition.Engine;

/// <summary>A context that passes everything through and also keeps what was reported, for <see cref="CachedModules"/> to replay.</summary>
internal sealed class RecordingContext(IExecutionContext inner) : IExecutionContext
{
    public ConcurrentQueue<Diagnostic> Reported { get; } = new();

    public string PipelineName => inner.PipelineName;

    public Phase Phase => inner.Phase;

    public CancellationToken CancellationToken => inner.CancellationToken;

    public ImmutableArray<Document> OutputsOf(string pipelineName) => inner.OutputsOf(pipelineName);

    public void Report(Diagnostic diagnostic)
    {
        Reported.Enqueue(diagnostic);
        inner.Report(diagnostic);
    }
}
