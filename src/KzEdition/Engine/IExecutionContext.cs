using System.Collections.Immutable;

namespace KzEdition.Engine;

/// <summary>What a module sees of the build while it runs.</summary>
public interface IExecutionContext
{
    string PipelineName { get; }

    Phase Phase { get; }

    CancellationToken CancellationToken { get; }

    /// <summary>
    /// The final documents of another pipeline. In the Process phase only the pipeline's declared
    /// dependencies (direct or not) can be read; from PostProcess on, every pipeline.
    /// </summary>
    ImmutableArray<Document> OutputsOf(string pipelineName);

    /// <summary>Records a message for the build report (warnings, decisions taken on weak evidence).</summary>
    void Report(Diagnostic diagnostic);
}
