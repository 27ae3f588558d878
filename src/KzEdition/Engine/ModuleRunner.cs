using System.Collections.Immutable;
using KzEdition.Engine.Memo;

namespace KzEdition.Engine;

/// <summary>
/// Runs one module of a pipeline phase for the engine, and is the one place where results are
/// remembered: keys are made of exactly what the module declares it reads (<see cref="Reads"/>),
/// reads outside that are refused (<see cref="ReadScope"/>), and a remembered result is given back
/// with the messages the module reported when it made it.
/// </summary>
/// <remarks>
/// With a store that remembers nothing (a plain build) no key is made and nothing is observed;
/// outputs go through the same steps otherwise.
/// </remarks>
internal sealed class ModuleRunner
{
    private static readonly Fingerprint Absent = new FingerprintBuilder().Add("absent").Build();

    private readonly IModule _module;
    private readonly ExecutionContext _context;
    private readonly EngineRun _run;
    private readonly ReadScope _scope;
    private readonly Lazy<Fingerprint> _shared;

    public ModuleRunner(IModule module, string slot, ExecutionContext context, EngineRun run)
    {
        _module = module;
        Slot = slot;
        _context = context;
        _run = run;
        _scope = ReadScope.For(module);
        _shared = new Lazy<Fingerprint>(SharedFingerprint);
    }

    private long _ticks;
    private long _checkTicks;
    private long _allocated;
    private int _runs;
    private int _remembered;

    /// <summary>How long the module worked in this run, how long its remembered results took to check, what it allocated, how often it ran, how often it was given back.</summary>
    public ModuleTiming Timing => new(_context.PipelineName, _context.Phase, _module.Name, Duration(Interlocked.Read(ref _ticks)), _runs, _remembered)
    {
        Checking = Duration(Interlocked.Read(ref _checkTicks)),
        Allocated = Interlocked.Read(ref _allocated),
    };

    private static TimeSpan Duration(long stopwatchTicks) => TimeSpan.FromTicks(stopwatchTicks * TimeSpan.TicksPerSecond / System.Diagnostics.Stopwatch.Frequency);

    /// <summary>Where the module stands (pipeline, phase, place, name): what its memory is filed under.</summary>
    public string Slot { get; }

    public string Name => _module.Name;

    /// <summary>The statistics' name of the module: pipeline and module (made once, not at every document).</summary>
    private string Counted => _counted ??= $"{_context.PipelineName}/{_module.Name}";

    private string? _counted;

    /// <summary>This build's counters of the module's lookups (a runner serves one build).</summary>
    private int[]? _counter;

    /// <summary>Counts a lookup of the module's results on this build's counters, found once (<see cref="MemoStore.Counter"/>), not by name at every document.</summary>
    private void Count(bool hit) => MemoStore.Count(_counter ??= Store.Counter(Counted), hit);

    private MemoStore Store => _run.Store;

    /// <summary>Runs a per-document module on one document, and adds what it makes to <paramref name="outputs"/>.</summary>
    /// <param name="position">The document's position among the module's inputs (−1: none, as for a document one of several made from one).</param>
    /// <param name="outputs">Where the documents made go: one list a document for all the stage's modules, not one a run.</param>
    public void RunOne(Document input, int position, List<Document> outputs)
    {
        // Called for every document of every module at every build (35,000 times a source edit of
        // 1,000 articles): the paths a remembered result takes capture nothing, allocate no closure.
        var module = (PerDocumentModule)_module;
        if (!Store.Remembers || !module.Reads.Remembered)
        {
            var first = outputs.Count;
            Execute(module, input, _context, outputs);
            for (var i = first; i < outputs.Count; i++)
            {
                outputs[i] = DocumentDelta.Between(input, outputs[i], []).ApplyTo(input);
            }

            return;
        }

        var checking = System.Diagnostics.Stopwatch.GetTimestamp();
        var key = KeyOf(input, position);
        var found = Store.TryGet(key, out PerDocumentEntry entry) && StillAnswersAll(input, entry);
        Interlocked.Add(ref _checkTicks, System.Diagnostics.Stopwatch.GetTimestamp() - checking);
        if (found)
        {
            Count(hit: true);
            Interlocked.Increment(ref _remembered);
            Replay(entry.Reported);

            // Asked for every remembered document of every module at every build: a loop, no query.
            foreach (var delta in entry.Outputs)
            {
                outputs.Add(delta.ApplyTo(input));
            }

            return;
        }

        RunAndRemember(module, input, key, outputs);
    }

    /// <summary>Runs a remembered module whose result for this document is not known, remembers it, and adds what it made to <paramref name="outputs"/>.</summary>
    private void RunAndRemember(PerDocumentModule module, Document input, Fingerprint key, List<Document> outputs)
    {
        Count(hit: false);
        var recorded = new List<Diagnostic>();
        var context = _context.Recording(recorded);
        var seen = input;
        var observations = ImmutableArray.CreateBuilder<(IKey, ObservationLog?)>();
        var views = new List<object>();
        foreach (var observed in module.Reads.Observed)
        {
            if (input.Raw(observed) is null)
            {
                observations.Add((observed, null)); // absent, and then it must stay absent
                continue;
            }

            var log = new ObservationLog();
            var view = ((IObservedValue)Observed(input, observed)).ObservedBy(log);
            seen = seen.Set(observed, view);
            observations.Add((observed, log));
            views.Add(view);
        }

        var made = new List<Document>();
        Execute(module, seen, context, made);
        foreach (var (_, log) in observations)
        {
            log?.Freeze();
        }

        var deltas = made.Select(o => DocumentDelta.Between(seen, o, views)).ToImmutableArray();
        Store.Set(key, new PerDocumentEntry(deltas, observations.ToImmutable(), [.. recorded]));
        foreach (var delta in deltas)
        {
            outputs.Add(delta.ApplyTo(input));
        }
    }

    /// <summary>Runs an all-documents or incremental module on the pipeline's documents.</summary>
    public ImmutableArray<Document> RunAll(ImmutableArray<Document> inputs) => _module switch
    {
        IIncrementalModule incremental => RunIncremental(incremental, inputs),
        AllDocumentsModule all when !all.Reads.Folders.IsEmpty => RunFolderReader(all, inputs),
        AllDocumentsModule all => RunAllDocuments(all, inputs),
        _ => throw new InvalidOperationException($"Module {_module.Name} is of no kind the engine runs."),
    };

    private ImmutableArray<Document> RunAllDocuments(AllDocumentsModule module, ImmutableArray<Document> inputs)
    {
        if (!Store.Remembers || !module.Reads.Remembered)
        {
            return Timed(() => _scope.Run(() => module.Execute(inputs, _context)));
        }

        var key = new FingerprintBuilder().Add(_shared.Value).Add(inputs.Length);
        var values = ValuesByPlace(inputs.Length);
        for (var i = 0; i < inputs.Length; i++)
        {
            key.Add(InputFingerprint(inputs[i], values, i));
        }

        var fingerprint = key.Build();
        if (Store.TryGet(fingerprint, out AllDocumentsEntry entry))
        {
            Count(hit: true);
            Interlocked.Increment(ref _remembered);
            Replay(entry.Reported);
            return [.. entry.Outputs.Select(o => o is int place ? inputs[place] : (Document)o)];
        }

        Count(hit: false);
        var recorded = new List<Diagnostic>();
        var outputs = Timed(() => _scope.Run(() => module.Execute(inputs, _context.Recording(recorded))));
        outputs = SameObjectsWhereEqual(outputs);
        var places = new Dictionary<Document, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < inputs.Length; i++)
        {
            places.TryAdd(inputs[i], i);
        }

        Store.Set(fingerprint, new AllDocumentsEntry([.. outputs.Select(o => places.TryGetValue(o, out var place) ? (object)place : o)], [.. recorded]));
        return outputs;
    }

    /// <summary>
    /// The outputs of an all-documents module that ran again, with each value that equals the one
    /// in the same place of its last run (same position, source and destination) replaced by that
    /// run's object. A module that makes the whole edition's articles again after one source changed
    /// makes 999 equal articles as new objects: given back as the old ones, they are found by
    /// lookup where they are fingerprinted, and what was counted beside them (an article's words)
    /// is not counted again. Equal is the value's own <see cref="object.Equals(object)"/>: for a
    /// record, field by field, its lists by reference, so the comparison is cheap, and equal values
    /// hold the same text and the same objects. (A value whose equal forms print differently, a
    /// decimal 1.0 and 1.00 or a double 0.0 and -0.0, would be given back in its older form; the
    /// edition's values hold none.)
    /// </summary>
    private ImmutableArray<Document> SameObjectsWhereEqual(ImmutableArray<Document> outputs)
    {
        if (Store.TryGetLatest(Slot, out LastOutputsEntry last))
        {
            var kept = outputs.ToBuilder();
            for (var i = 0; i < kept.Count && i < last.Outputs.Length; i++)
            {
                var before = last.Outputs[i];
                var now = kept[i];
                if (now.Source != before.Source || now.Destination != before.Destination)
                {
                    continue;
                }

                foreach (var (key, value) in now.Metadata)
                {
                    if (before.Raw(key) is { } old && !ReferenceEquals(old, value) && old.GetType() == value.GetType() && old.Equals(value))
                    {
                        now = now.Set(key, old);
                    }
                }

                // Every value the same object: the document itself is the same.
                kept[i] = now.Metadata.Count == before.Metadata.Count && now.Metadata.All(m => ReferenceEquals(before.Raw(m.Key), m.Value)) ? before : now;
            }

            outputs = kept.ToImmutable();
        }

        Store.SetLatest(Slot, new LastOutputsEntry(outputs));
        return outputs;
    }

    private ImmutableArray<Document> RunFolderReader(AllDocumentsModule module, ImmutableArray<Document> inputs)
    {
        if (Store.Remembers && module.Reads.Folders.All(_run.Untouched) && Store.TryGetLatest(Slot, out FolderReadEntry last) && last.Shared == _shared.Value)
        {
            Count(hit: true);
            Interlocked.Increment(ref _remembered);
            Replay(last.Reported);
            return last.Outputs;
        }

        Count(hit: false);
        var recorded = new List<Diagnostic>();
        var outputs = Timed(() => _scope.Run(() => module.Execute(inputs, _context.Recording(recorded))));
        if (Store.Remembers)
        {
            Store.SetLatest(Slot, new FolderReadEntry(_shared.Value, outputs, [.. recorded]));
        }

        return outputs;
    }

    private ImmutableArray<Document> RunIncremental(IIncrementalModule module, ImmutableArray<Document> inputs)
    {
        if (!Store.Remembers)
        {
            return Timed(() => _scope.Run(() => module.Build(inputs, _context))).Outputs;
        }

        var values = ValuesByPlace(inputs.Length);
        var fingerprints = inputs.Select((input, i) => InputFingerprint(input, values, i)).ToImmutableArray();
        (ImmutableArray<Document> Outputs, object State) result;
        try
        {
            if (Store.TryGetLatest(Slot, out IncrementalEntry last) && last.Shared == _shared.Value)
            {
                var changed = fingerprints.Select((f, i) => i >= last.Inputs.Length || f != last.Inputs[i]).ToArray();
                Count(hit: !changed.Any(c => c) && last.Inputs.Length == inputs.Length);
                var reported = new List<Diagnostic>();
                var context = Store.ChecksIncremental ? _context.Recording(reported) : _context;
                result = Timed(() => _scope.Run(() => module.Update(last.State, inputs, changed, last.Inputs.Length, context)));
                if (Store.ChecksIncremental)
                {
                    CheckAgainstBuild(module, inputs, result.Outputs, reported);
                }
            }
            else
            {
                Count(hit: false);
                result = Timed(() => _scope.Run(() => module.Build(inputs, _context)));
            }
        }
        catch
        {
            // The state may be half updated: the next build starts from nothing.
            Store.SetLatest(Slot, new IncrementalEntry(default, [], new object()));
            throw;
        }

        Store.SetLatest(Slot, new IncrementalEntry(_shared.Value, fingerprints, result.State));
        return result.Outputs;
    }

    /// <summary>For a store that checks: the update's outputs and messages must be what Build gives from the same inputs.</summary>
    private void CheckAgainstBuild(IIncrementalModule module, ImmutableArray<Document> inputs, ImmutableArray<Document> updated, List<Diagnostic> reported)
    {
        var expected = new List<Diagnostic>();
        var built = _scope.Run(() => module.Build(inputs, _context.Silent(expected)));
        if (IncrementalCheck.FirstDifference(updated, reported, built.Outputs, expected) is { } difference)
        {
            throw new InvalidOperationException($"{Counted}: Update gave {difference}.");
        }
    }

    /// <summary>The key of one document's run: what all share, then the document's place (when declared) and declared values.</summary>
    private Fingerprint KeyOf(Document input, int position)
    {
        Span<Fingerprint> parts = [_shared.Value, InputFingerprint(input, _values, position)];
        return Fingerprint.Combine(parts);
    }

    /// <summary>
    /// Before a per-document module runs on its documents, on one thread: the values it read at each
    /// place last build (<see cref="Memo.ValuesByPlace"/>), made room for this many documents.
    /// </summary>
    public void BeginDocuments(int count)
    {
        if (Store.Remembers && _module.Reads.Remembered)
        {
            _values = ValuesByPlace(count);
        }
    }

    private ValuesByPlace? _values;

    /// <summary>This module's values by place from the last build, kept in the store beside its results.</summary>
    private ValuesByPlace ValuesByPlace(int count)
    {
        var slot = Slot + "/values";
        if (!Store.TryGetLatest(slot, out ValuesByPlace values) || values.Width != _module.Reads.Keys.Length)
        {
            values = new ValuesByPlace(_module.Reads.Keys.Length);
            Store.SetLatest(slot, values);
        }

        values.Resize(count);
        return values;
    }

    /// <summary>
    /// The fingerprint of what the module declared of this document, combined in one call (asked for
    /// every document of every remembered module at every build: no hasher is allocated for it).
    /// </summary>
    /// <param name="values">The module's values by place from the last build (null: none kept).</param>
    /// <param name="position">The document's position among the module's inputs (−1: none, as for a document one of several made from one).</param>
    private Fingerprint InputFingerprint(Document input, ValuesByPlace? values, int position)
    {
        var reads = _module.Reads;

        // A module that observes keeps one remembered result a document (its queries are that document's):
        // documents alike in all else must not share, and so overwrite, one entry.
        var place = reads.Place || !reads.Observed.IsEmpty;
        var count = reads.Keys.Length + (place ? 2 : 0);
        var parts = count <= 32 ? stackalloc Fingerprint[count] : new Fingerprint[count];
        var at = 0;
        if (place)
        {
            parts[at++] = input.Source is null ? Absent : Fingerprints.Of(input.Source);
            parts[at++] = input.Destination is null ? Absent : Fingerprints.Of(input.Destination);
        }

        for (var k = 0; k < reads.Keys.Length; k++)
        {
            parts[at++] = input.Raw(reads.Keys[k]) is not { } value ? Absent
                : values is null ? Fingerprints.Of(value)
                : values.Of(position, k, value);
        }

        return Fingerprint.Combine(parts);
    }

    /// <summary>What every document's key shares: the module, its place, its resources and the other pipelines it reads.</summary>
    private Fingerprint SharedFingerprint()
    {
        var reads = _module.Reads;
        var builder = new FingerprintBuilder().Add(Slot);
        foreach (var resource in reads.Resources)
        {
            builder.Add(resource.Name).Add(Fingerprints.Of(_run.Resources.Raw(resource)));
        }

        foreach (var (pipeline, keys) in reads.Pipelines)
        {
            var documents = _context.OutputsOf(pipeline);
            builder.Add(pipeline).Add(documents.Length);
            foreach (var document in documents)
            {
                foreach (var key in keys)
                {
                    builder.Add(document.Raw(key) is { } value ? Fingerprints.Of(value) : Absent);
                }
            }
        }

        return builder.Build();
    }

    private static bool StillAnswersAll(Document input, PerDocumentEntry entry)
    {
        foreach (var (key, log) in entry.Observations)
        {
            if (!StillAnswers(input, key, log))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the document's observed value answers the logged queries as before (or is still absent, as it was).</summary>
    private static bool StillAnswers(Document input, IKey key, ObservationLog? log) =>
        log is null ? input.Raw(key) is null : input.Raw(key) is not null && ((IObservedValue)Observed(input, key)).Answers(log);

    /// <summary>The module on one document, in its read scope, timed: no closure, for it runs for every document of every module.</summary>
    private void Execute(PerDocumentModule module, Document input, IExecutionContext context, List<Document> outputs) =>
        Timed((_scope, module, input, context, outputs), static run => run._scope.Run(run, static r =>
        {
            r.outputs.AddRange(r.module.Execute(r.input, r.context));
            return true;
        }));

    private T Timed<T>(Func<T> run) => Timed(run, static r => r());

    private T Timed<TState, T>(TState state, Func<TState, T> run)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var allocated = GC.GetAllocatedBytesForCurrentThread(); // the module runs on this thread from start to end
        try
        {
            return run(state);
        }
        finally
        {
            Interlocked.Add(ref _ticks, System.Diagnostics.Stopwatch.GetTimestamp() - started);
            Interlocked.Add(ref _allocated, GC.GetAllocatedBytesForCurrentThread() - allocated);
            Interlocked.Increment(ref _runs);
        }
    }

    private static object Observed(Document input, IKey key) =>
        input.Raw(key) as IObservedValue ?? throw new InvalidOperationException($"'{key.Name}' is declared observed but its value of {input.DisplayName} is no IObservedValue.");

    private void Replay(ImmutableArray<Diagnostic> reported)
    {
        foreach (var diagnostic in reported)
        {
            _context.Report(diagnostic);
        }
    }
}
