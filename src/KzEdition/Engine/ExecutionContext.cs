using System.Collections.Immutable;

namespace KzEdition.Engine;

/// <summary>
/// The context of one module in one pipeline phase: it gives the module only the pipelines and
/// resources the module declared, and sends its messages on (to a recorder, when the engine
/// remembers them with the module's result).
/// </summary>
internal sealed class ExecutionContext(
    string pipelineName,
    Phase phase,
    IModule module,
    Func<string, ImmutableArray<Document>> outputsOf,
    Resources resources,
    IOutputSink output,
    Action<Diagnostic> report,
    CancellationToken cancellationToken) : IExecutionContext
{
    public string PipelineName { get; } = pipelineName;

    public Phase Phase { get; } = phase;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public IOutputSink Output { get; } = output;

    public IModule Module { get; } = module;

    public ImmutableArray<Document> OutputsOf(string pipelineName) =>
        Module.Reads.Pipelines.Any(p => p.Pipeline == pipelineName)
            ? outputsOf(pipelineName)
            : throw new InvalidOperationException($"Module {Module.Name} reads pipeline '{pipelineName}', which it does not declare: add it to its Reads.");

    public T Get<T>(Resource<T> resource)
        where T : class =>
        Module.Reads.Resources.Contains(resource)
            ? resources.Get(resource)
            : throw new InvalidOperationException($"Module {Module.Name} reads resource '{resource.Name}', which it does not declare: add it to its Reads.");

    public void Report(Diagnostic diagnostic) => report(diagnostic);

    /// <summary>The same context, its messages also kept in <paramref name="recorded"/>.</summary>
    public ExecutionContext Recording(List<Diagnostic> recorded) =>
        new(PipelineName, Phase, Module, outputsOf, resources, Output, d =>
        {
            lock (recorded)
            {
                recorded.Add(d);
            }

            report(d);
        }, CancellationToken);

    /// <summary>The same context, its messages kept in <paramref name="recorded"/> and not reported: for a run whose result is only compared.</summary>
    public ExecutionContext Silent(List<Diagnostic> recorded) =>
        new(PipelineName, Phase, Module, outputsOf, resources, Output, d =>
        {
            lock (recorded)
            {
                recorded.Add(d);
            }
        }, CancellationToken);
}
