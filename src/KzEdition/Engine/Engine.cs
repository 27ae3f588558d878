using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;

namespace KzEdition.Engine;

/// <summary>
/// Runs pipelines through their phases (see <see cref="Phase"/>), concurrently where their
/// dependencies allow, and returns every pipeline's final documents.
/// </summary>
/// <remarks>
/// Output order is deterministic whatever the scheduling: a pipeline's documents are in the
/// order its modules produce them, and results are keyed by pipeline name. The first failure
/// cancels the rest of the run and is rethrown as a <see cref="PipelineException"/>.
/// </remarks>
public sealed class Engine
{
    private readonly ImmutableArray<Pipeline> _pipelines;
    private readonly ImmutableDictionary<string, Pipeline> _byName;
    private readonly ImmutableDictionary<string, ImmutableHashSet<string>> _ancestors;

    public Engine(IEnumerable<Pipeline> pipelines)
    {
        _pipelines = [.. pipelines];
        var duplicate = _pipelines.GroupBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two pipelines are named '{duplicate.Key}'.");
        }

        _byName = _pipelines.ToImmutableDictionary(p => p.Name, StringComparer.Ordinal);
        foreach (var pipeline in _pipelines)
        {
            foreach (var dependency in pipeline.Dependencies.Where(d => !_byName.ContainsKey(d)))
            {
                throw new InvalidOperationException($"Pipeline '{pipeline.Name}' depends on '{dependency}', which does not exist.");
            }
        }

        ExecutionOrder = TopologicalOrder();
        _ancestors = _pipelines.ToImmutableDictionary(p => p.Name, p => Ancestors(p.Name), StringComparer.Ordinal);
    }

    /// <summary>Raised (from any thread) when a phase of a pipeline has finished: for progress displays.</summary>
    public event Action<PipelineTiming>? PhaseCompleted;

    /// <summary>Pipelines in an order where every dependency comes before its dependents (ties by name).</summary>
    public ImmutableArray<string> ExecutionOrder { get; }

    public async Task<EngineResult> RunAsync(CancellationToken cancellationToken = default)
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var diagnostics = new ConcurrentQueue<Diagnostic>();
        var timings = new ConcurrentQueue<PipelineTiming>();
        var processed = new ConcurrentDictionary<string, ImmutableArray<Document>>(StringComparer.Ordinal);
        var postProcessed = new ConcurrentDictionary<string, ImmutableArray<Document>>(StringComparer.Ordinal);
        var finished = new ConcurrentDictionary<string, ImmutableArray<Document>>(StringComparer.Ordinal);
        var failures = new ConcurrentQueue<Exception>();
        var run = Stopwatch.StartNew();

        async Task<ImmutableArray<Document>> Run(Pipeline pipeline, Phase phase, ImmutableArray<Document> inputs, Func<string, ImmutableArray<Document>> outputsOf)
        {
            try
            {
                var context = new ExecutionContext(pipeline.Name, phase, outputsOf, diagnostics, cancellation.Token);
                var started = run.Elapsed;
                var documents = await RunModules(pipeline, phase, inputs, context);
                var timing = new PipelineTiming(pipeline.Name, phase, run.Elapsed - started, documents.Length, started);
                timings.Enqueue(timing);
                PhaseCompleted?.Invoke(timing);
                return documents;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failures.Enqueue(ex);
                await cancellation.CancelAsync();
                throw;
            }
        }

        // Input and Process: each pipeline starts as soon as its dependencies have processed.
        var processTasks = new Dictionary<string, Task<ImmutableArray<Document>>>(StringComparer.Ordinal);
        foreach (var name in ExecutionOrder)
        {
            var pipeline = _byName[name];
            var dependencyTasks = pipeline.Dependencies.Select(d => processTasks[d]).ToArray();
            processTasks[name] = Task.Run(async () =>
            {
                var input = await Run(pipeline, Phase.Input, [], _ => throw new InvalidOperationException(
                    $"Pipeline '{pipeline.Name}' cannot read other pipelines in its Input phase."));
                await Task.WhenAll(dependencyTasks);

                // Off the thread that finished the dependency: an await's continuation runs inline there,
                // so the pipelines waiting on the same one would otherwise run in turn, not side by side.
                await Task.Yield();
                var output = await Run(pipeline, Phase.Process, input, other => ReadInProcess(pipeline.Name, other, processed));
                processed[name] = output;
                return output;
            }, cancellation.Token);
        }

        await WhenAllOrFirstFailure(processTasks.Values, failures);

        // PostProcess: every pipeline at once, each able to read every pipeline's processed documents.
        await WhenAllOrFirstFailure(
            _pipelines.Select(p => Task.Run(async () =>
                postProcessed[p.Name] = await Run(p, Phase.PostProcess, processed[p.Name], other => Lookup(other, processed)), cancellation.Token)),
            failures);

        // Two documents for one file: one would overwrite the other, whichever finished last.
        var twice = postProcessed
            .SelectMany(p => p.Value.Where(d => d.Destination is not null).Select(d => (Pipeline: p.Key, Document: d)))
            .GroupBy(x => x.Document.Destination!.Replace('\\', '/'), StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Diagnostic.Error(
                $"two documents would be written to '{g.Key}': {string.Join(" and ", g.OrderBy(x => x.Pipeline, StringComparer.Ordinal).Select(x => $"{x.Document.Source ?? "a generated page"} ({x.Pipeline})"))}",
                g.Select(x => x.Document.Source).Where(s => s is not null).Order(StringComparer.Ordinal).FirstOrDefault()))
            .ToList();
        if (twice.Count > 0)
        {
            throw new BuildException(twice);
        }

        // Output: only when nothing can fail any more before writing.
        await WhenAllOrFirstFailure(
            _pipelines.Select(p => Task.Run(async () =>
                finished[p.Name] = await Run(p, Phase.Output, postProcessed[p.Name], other => Lookup(other, postProcessed)), cancellation.Token)),
            failures);

        return new EngineResult(
            finished.ToImmutableDictionary(StringComparer.Ordinal),
            [.. timings.OrderBy(t => ExecutionOrder.IndexOf(t.Pipeline)).ThenBy(t => t.Phase)],
            [.. diagnostics.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Message, StringComparer.Ordinal).ThenBy(d => d.Severity)]);
    }

    private static async Task<ImmutableArray<Document>> RunModules(Pipeline pipeline, Phase phase, ImmutableArray<Document> documents, ExecutionContext context)
    {
        foreach (var module in pipeline.ModulesOf(phase))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            try
            {
                documents = await module.ExecuteAsync(documents, context);
            }
            catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
            {
                throw; // The build was cancelled: not this module's failure.
            }
            catch (DocumentException ex)
            {
                throw new PipelineException(pipeline.Name, phase, module.Name, ex.DocumentName, ex.InnerException ?? ex);
            }
            catch (Exception ex) when (ex is not PipelineException)
            {
                throw new PipelineException(pipeline.Name, phase, module.Name, null, ex);
            }
        }

        return documents;
    }

    /// <summary>Awaits all tasks; if any failed, rethrows the first real failure rather than a cancellation it caused.</summary>
    private static async Task WhenAllOrFirstFailure(IEnumerable<Task> tasks, ConcurrentQueue<Exception> failures)
    {
        try
        {
            await Task.WhenAll(tasks);
        }
        catch (Exception) when (failures.TryPeek(out var first))
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(first).Throw();
        }
    }

    private ImmutableArray<Document> ReadInProcess(string reader, string other, ConcurrentDictionary<string, ImmutableArray<Document>> processed)
    {
        if (!_ancestors[reader].Contains(other))
        {
            throw new InvalidOperationException(
                $"Pipeline '{reader}' reads '{other}' in its Process phase but does not depend on it; add the dependency or read it in PostProcess.");
        }

        return processed[other];
    }

    private static ImmutableArray<Document> Lookup(string name, ConcurrentDictionary<string, ImmutableArray<Document>> outputs) =>
        outputs.TryGetValue(name, out var documents)
            ? documents
            : throw new InvalidOperationException($"There is no pipeline named '{name}'.");

    private ImmutableHashSet<string> Ancestors(string name)
    {
        var seen = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(_byName[name].Dependencies);
        while (stack.Count > 0)
        {
            var next = stack.Pop();
            if (seen.Add(next))
            {
                foreach (var d in _byName[next].Dependencies)
                {
                    stack.Push(d);
                }
            }
        }

        return seen.ToImmutable();
    }

    /// <summary>Kahn's algorithm, ties broken by name so the order never depends on declaration order; reports a cycle with its path.</summary>
    private ImmutableArray<string> TopologicalOrder()
    {
        var remaining = _pipelines.ToDictionary(p => p.Name, p => p.Dependencies.Distinct().Count(), StringComparer.Ordinal);
        var ready = new SortedSet<string>(remaining.Where(r => r.Value == 0).Select(r => r.Key), StringComparer.Ordinal);
        var order = ImmutableArray.CreateBuilder<string>();
        while (ready.Count > 0)
        {
            var next = ready.Min!;
            ready.Remove(next);
            order.Add(next);
            foreach (var dependent in _pipelines.Where(p => p.Dependencies.Contains(next)))
            {
                if (--remaining[dependent.Name] == 0)
                {
                    ready.Add(dependent.Name);
                }
            }
        }

        if (order.Count < _pipelines.Length)
        {
            throw new InvalidOperationException($"Pipeline dependency cycle: {string.Join(" → ", FindCycle(order.ToHashSet()))}.");
        }

        return order.ToImmutable();
    }

    private List<string> FindCycle(HashSet<string> ordered)
    {
        // Every pipeline left over lies on or behind a cycle: walk dependencies until one repeats.
        var path = new List<string>();
        var current = _pipelines.Select(p => p.Name).Where(n => !ordered.Contains(n)).Order(StringComparer.Ordinal).First();
        while (!path.Contains(current))
        {
            path.Add(current);
            current = _byName[current].Dependencies.Where(d => !ordered.Contains(d)).Order(StringComparer.Ordinal).First();
        }

        return [.. path.Skip(path.IndexOf(current)), current];
    }
}
