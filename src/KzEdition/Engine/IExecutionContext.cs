using System.Collections.Immutable;

namespace KzEdition.Engine;

/// <summary>What a module sees of the build while it runs: only what it declared.</summary>
public interface IExecutionContext
{
    string PipelineName { get; }

    Phase Phase { get; }

    CancellationToken CancellationToken { get; }

    /// <summary>
    /// The documents of another pipeline the module declared (<see cref="Reads.Pipelines"/>). In the
    /// Process phase only the pipeline's dependencies (direct or not) can be read, as they stand after
    /// their Process phase; from PostProcess on, every pipeline, as it stands after Process.
    /// </summary>
    ImmutableArray<Document> OutputsOf(string pipelineName);

    /// <summary>A resource of the build the module declared (<see cref="Reads.Resources"/>).</summary>
    T Get<T>(Resource<T> resource)
        where T : class;

    /// <summary>Where documents are written (for <c>WriteFiles</c>).</summary>
    IOutputSink Output { get; }

    /// <summary>Records a message for the build report (warnings, decisions taken on weak evidence); replayed when the engine gives back a remembered result.</summary>
    void Report(Diagnostic diagnostic);
}
