using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;

namespace KzEdition.Engine;

/// <summary>
/// Runs pipelines through their phases (see <see cref="Phase"/>), concurrently where their
/// dependencies allow, and returns every pipeline's final documents.
/// </summary>
/// <remarks>
/// Consecutive per-document modules of a phase run as one pass, document by document, on every
/// core: a page is rendered and written before the next is taken, so a build does not hold the
/// whole site in memory. Output order is deterministic whatever the scheduling: a pipeline's
/// documents are in the order its modules produce them, and results are keyed by pipeline name.
/// The first failure cancels the rest of the run and is rethrown as a <see cref="PipelineException"/>.
/// Modules are remembered by <see cref="ModuleRunner"/>, with the run's <see cref="Memo.MemoStore"/>.
/// </remarks>
public sealed class Engine
{
    private readonly ImmutableArray<Pipeline> _pipelines;
    private readonly ImmutableDictionary<string, Pipeline> _byName;
    private readonly ImmutableDictionary<string, ImmutableHashSet<string>> _ancestors;
    private readonly KeyLiveness _liveness;
    private readonly ImmutableDictionary<string, ImmutableArray<string>> _postProcessWaitsFor;

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

            foreach (var module in Enum.GetValues<Phase>().SelectMany(p => pipeline.ModulesOf(p)))
            {
                if (module is not PerDocumentModule && !module.Reads.Observed.IsEmpty)
                {
                    throw new InvalidOperationException($"Module {module.Name} observes keys, which only a per-document module can.");
                }
            }
        }

        // What each pipeline's PostProcess waits for: its own Process and the pipelines its modules declare
        // they read (a name that is no pipeline is left to the read itself, which fails naming it).
        _postProcessWaitsFor = _pipelines.ToImmutableDictionary(
            p => p.Name,
            p => p.PostProcess.SelectMany(m => m.Reads.Pipelines.Select(r => r.Pipeline)).Append(p.Name)
                .Where(_byName.ContainsKey).Distinct(StringComparer.Ordinal).ToImmutableArray(),
            StringComparer.Ordinal);

        ExecutionOrder = TopologicalOrder();
        _ancestors = _pipelines.ToImmutableDictionary(p => p.Name, p => Ancestors(p.Name), StringComparer.Ordinal);
        _liveness = new KeyLiveness(_byName);
    }

    /// <summary>Raised (from any thread) when a phase of a pipeline has finished: for progress displays.</summary>
    public event Action<PipelineTiming>? PhaseCompleted;

    /// <summary>Pipelines in an order where every dependency comes before its dependents (ties by name).</summary>
    public ImmutableArray<string> ExecutionOrder { get; }

    public async Task<EngineResult> RunAsync(EngineRun run, CancellationToken cancellationToken = default)
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var diagnostics = new ConcurrentQueue<Diagnostic>();
        var timings = new ConcurrentQueue<PipelineTiming>();
        var processed = new ConcurrentDictionary<string, ImmutableArray<Document>>(StringComparer.Ordinal);
        var finished = new ConcurrentDictionary<string, ImmutableArray<Document>>(StringComparer.Ordinal);
        var failures = new ConcurrentQueue<Exception>();
        var modules = new ConcurrentQueue<ModuleRunner>();
        var clock = Stopwatch.StartNew();

        async Task<ImmutableArray<Document>> Run(Pipeline pipeline, Phase phase, ImmutableArray<Document> inputs, Func<string, ImmutableArray<Document>> outputsOf)
        {
            try
            {
                var started = clock.Elapsed;
                // What the documents keep after each stage (null: every value, when the caller keeps them all).
                Func<int, IReadOnlySet<IKey>?> live = run.Kept is { } kept ? next => _liveness.Keeping(pipeline.Name, phase, next, kept) : _ => null;
                var documents = await Task.Run(() => RunModules(pipeline, phase, inputs, outputsOf, run, diagnostics, modules, live, cancellation.Token), cancellation.Token);
                var timing = new PipelineTiming(pipeline.Name, phase, clock.Elapsed - started, documents.Length, started);
                timings.Enqueue(timing);
                PhaseCompleted?.Invoke(timing);
                return documents;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellation.IsCancellationRequested)
            {
                failures.Enqueue(ex);
                await cancellation.CancelAsync();
                throw;
            }
        }

        // The phases that have finished: once every phase that reads a value of a pipeline's processed
        // documents has, the documents let go of it (a source's text once the articles are made, an
        // article's search terms once the search index is), instead of holding it to the end of the build.
        var done = new ConcurrentDictionary<(string Pipeline, Phase Phase), bool>();
        var letGo = new Lock();
        void LetGo(string reader, Phase phase)
        {
            if (run.Kept is not { } kept)
            {
                return;
            }

            done[(reader, phase)] = true;
            foreach (var source in _liveness.ReadBy(reader, phase))
            {
                lock (letGo)
                {
                    if (processed.TryGetValue(source, out var documents))
                    {
                        var live = new HashSet<IKey>(kept, ReferenceEqualityComparer.Instance);
                        foreach (var stillReading in _liveness.ReadersOf(source).Where(r => !done.ContainsKey((r.Pipeline, r.Phase))))
                        {
                            live.UnionWith(stillReading.Keys);
                        }

                        processed[source] = KeyLiveness.Keep(documents, live);
                    }
                }
            }
        }

        cancellation.Token.ThrowIfCancellationRequested();

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
                if (run.Kept is { } kept)
                {
                    output = KeyLiveness.Keep(output, _liveness.AfterProcessKeeping(name, kept));
                }

                processed[name] = output;
                LetGo(name, Phase.Process);
                return output;
            }, cancellation.Token);
        }

        // PostProcess: each pipeline once the Process phases it reads have finished (see Phase), so that
        // pages are rendered on one core while a long Process that none of them reads runs on the other.
        var postProcessTasks = _pipelines.Select(p => Task.Run(async () =>
        {
            await Task.WhenAll(_postProcessWaitsFor[p.Name].Select(w => processTasks[w]));
            await Task.Yield();
            var final = await Run(p, Phase.PostProcess, processed[p.Name], other => Lookup(other, processed));
            finished[p.Name] = run.Kept is { } kept ? KeyLiveness.Keep(final, kept) : final;
            LetGo(p.Name, Phase.PostProcess);
        }, cancellation.Token)).ToList();

        await WhenAllOrFirstFailure(processTasks.Values.Concat<Task>(postProcessTasks), failures);

        return new EngineResult(
            finished.ToImmutableDictionary(StringComparer.Ordinal),
            [.. timings.OrderBy(t => ExecutionOrder.IndexOf(t.Pipeline)).ThenBy(t => t.Phase)],
            [.. modules.Select(m => m.Timing).OrderByDescending(t => t.Elapsed + t.Checking)],
            [.. diagnostics.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Message, StringComparer.Ordinal).ThenBy(d => d.Severity)]);
    }

    /// <summary>Runs a phase's modules: consecutive per-document modules as one pass over the documents, the others on all of them at once.</summary>
    private static ImmutableArray<Document> RunModules(
        Pipeline pipeline,
        Phase phase,
        ImmutableArray<Document> documents,
        Func<string, ImmutableArray<Document>> outputsOf,
        EngineRun run,
        ConcurrentQueue<Diagnostic> diagnostics,
        ConcurrentQueue<ModuleRunner> runners,
        Func<int, IReadOnlySet<IKey>?> live,
        CancellationToken cancellationToken)
    {
        var modules = pipeline.ModulesOf(phase);
        for (var i = 0; i < modules.Length;)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var stage = new List<ModuleRunner>();
            do
            {
                var module = modules[i];
                var context = new ExecutionContext(pipeline.Name, phase, module, outputsOf, run.Resources, run.Output, diagnostics.Enqueue, cancellationToken);
                var runner = new ModuleRunner(module, $"{pipeline.Name}/{phase}/{i}/{module.Name}", context, run);
                runners.Enqueue(runner);
                stage.Add(runner);
                i++;
            }
            while (modules[i - 1] is PerDocumentModule && i < modules.Length && modules[i] is PerDocumentModule);

            // Each document lets go of what no module after the stage reads as soon as it is through:
            // a phase's documents then do not hold every page's model and body until its last module.
            var keep = live(i);
            documents = modules[i - 1] is PerDocumentModule
                ? RunPerDocument(pipeline, phase, stage, documents, keep, cancellationToken)
                : RunAll(pipeline, phase, stage[0], documents, cancellationToken);
            if (keep is not null && modules[i - 1] is not PerDocumentModule)
            {
                documents = KeyLiveness.Keep(documents, keep);
            }
        }

        return documents;
    }

    private static ImmutableArray<Document> RunAll(Pipeline pipeline, Phase phase, ModuleRunner runner, ImmutableArray<Document> documents, CancellationToken cancellationToken)
    {
        try
        {
            return runner.RunAll(documents);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw; // The build was cancelled: not this module's failure.
        }
        catch (DocumentException ex)
        {
            throw new PipelineException(pipeline.Name, phase, ex.ModuleName, ex.DocumentName, ex.InnerException ?? ex);
        }
        catch (Exception ex) when (ex is not PipelineException)
        {
            throw new PipelineException(pipeline.Name, phase, runner.Name, null, ex);
        }
    }

    /// <summary>Each document through every module of the stage, the documents in parallel; the results in input order.</summary>
    private static ImmutableArray<Document> RunPerDocument(Pipeline pipeline, Phase phase, List<ModuleRunner> stage, ImmutableArray<Document> documents, IReadOnlySet<IKey>? keep, CancellationToken cancellationToken)
    {
        var results = new List<Document>[documents.Length];

        // Bad input in several documents: every error is reported, not only the first one found.
        var badInput = new ConcurrentQueue<(BuildException Failure, string Module, string Document)>();
        try
        {
            foreach (var runner in stage)
            {
                runner.BeginDocuments(documents.Length);
            }

            Parallel.For(0, documents.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            {
                // Two lists a document for the whole stage, each module's outputs into the one its inputs are not in.
                var current = new List<Document>(1) { documents[i] };
                var next = new List<Document>(1);
                foreach (var runner in stage)
                {
                    next.Clear();
                    var position = current.Count == 1 ? i : -1; // a document's place, while it is one
                    foreach (var document in current)
                    {
                        try
                        {
                            runner.RunOne(document, position, next);
                        }
                        catch (BuildException ex)
                        {
                            badInput.Enqueue((ex, runner.Name, document.DisplayName));
                            return;
                        }
                        catch (Exception ex) when (ex is not DocumentException and not OperationCanceledException)
                        {
                            throw new DocumentException(document, runner.Name, ex);
                        }
                    }

                    (current, next) = (next, current);
                }

                if (keep is not null)
                {
                    for (var d = 0; d < current.Count; d++)
                    {
                        current[d] = current[d].Keeping(keep);
                    }
                }

                results[i] = current;
            });
        }
        catch (AggregateException ex)
        {
            // The first real failure, not a cancellation it caused in the other documents.
            var first = ex.InnerExceptions.FirstOrDefault(e => e is not OperationCanceledException) ?? ex.InnerExceptions[0];
            if (first is OperationCanceledException or PipelineException)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(first).Throw();
            }

            throw Wrap(first);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }

        if (!badInput.IsEmpty)
        {
            var all = badInput.OrderBy(b => b.Document, StringComparer.Ordinal).ToList();
            var failure = all.Count == 1 ? all[0].Failure : new BuildException(all.SelectMany(b => b.Failure.Diagnostics).Distinct()
                .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Message, StringComparer.Ordinal));
            throw new PipelineException(pipeline.Name, phase, all[0].Module, all.Count == 1 ? all[0].Document : null, failure);
        }

        return [.. results.SelectMany(r => r)];

        Exception Wrap(Exception ex) => ex switch
        {
            DocumentException d => new PipelineException(pipeline.Name, phase, d.ModuleName, d.DocumentName, d.InnerException ?? d),
            _ => new PipelineException(pipeline.Name, phase, stage[0].Name, null, ex),
        };
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
