using System.Collections.Concurrent;
using System.Collections.Immutable;
using KzEdition.Engine;

namespace KzEdition.Tests.Engine;

/// <summary>Shared limits for the engine tests: waits fail instead of hanging.</summary>
internal static class TestLimits
{
    /// <summary>How long a module waits for another to reach a point before the test fails.</summary>
    public static readonly TimeSpan Rendezvous = TimeSpan.FromSeconds(10);
}

/// <summary>Adds fixed documents to its inputs (an Input-phase source).</summary>
internal sealed class SourceModule(params Document[] documents) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context) =>
        Task.FromResult(inputs.AddRange(documents));
}

/// <summary>Appends a suffix to every document's content.</summary>
internal sealed class AppendModule(string suffix) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context) =>
        Task.FromResult(inputs.Select(d => d.WithContent(d.Content + suffix)).ToImmutableArray());
}

/// <summary>Keeps only the first <paramref name="count"/> documents.</summary>
internal sealed class TakeModule(int count) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context) =>
        Task.FromResult(inputs.Take(count).ToImmutableArray());
}

/// <summary>
/// Logs "start pipeline.Phase" and "end pipeline.Phase" in a shared log, optionally awaiting
/// <paramref name="during"/> in between.
/// </summary>
internal sealed class RecordingModule(ConcurrentQueue<string> log, Func<Task>? during = null) : IModule
{
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        log.Enqueue($"start {context.PipelineName}.{context.Phase}");
        await Task.Yield();
        if (during is not null)
        {
            await during();
        }

        log.Enqueue($"end {context.PipelineName}.{context.Phase}");
        return inputs;
    }
}

/// <summary>Optionally waits for <paramref name="before"/>, then throws <paramref name="exception"/>.</summary>
internal sealed class ThrowingModule(Exception exception, Func<Task>? before = null) : IModule
{
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        if (before is not null)
        {
            await before();
        }

        throw exception;
    }
}

/// <summary>Says it has started, then waits (with a time limit) until <paramref name="other"/> has started too.</summary>
internal sealed class RendezvousModule(TaskCompletionSource started, TaskCompletionSource other) : IModule
{
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        started.TrySetResult();
        await other.Task.WaitAsync(TestLimits.Rendezvous, context.CancellationToken);
        return inputs;
    }
}

/// <summary>
/// As <see cref="RendezvousModule"/>, but waiting as CPU-bound work does: holding its thread, with
/// no await to give it back.
/// </summary>
internal sealed class BlockingRendezvousModule(TaskCompletionSource started, TaskCompletionSource other) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        started.TrySetResult();
        if (!other.Task.Wait(TestLimits.Rendezvous, context.CancellationToken))
        {
            throw new TimeoutException("the other module never started");
        }

        return Task.FromResult(inputs);
    }
}

/// <summary>Completes <paramref name="signal"/> when it has run.</summary>
internal sealed class SignalModule(TaskCompletionSource signal) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        signal.TrySetResult();
        return Task.FromResult(inputs);
    }
}

/// <summary>Awaits <paramref name="wait"/>, then passes its inputs on.</summary>
internal sealed class WaitModule(Func<Task> wait) : IModule
{
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        await wait();
        return inputs;
    }
}

/// <summary>
/// Waits until the build is cancelled (or the time limit passes, which fails the test) and
/// remembers whether it saw the cancellation.
/// </summary>
internal sealed class WaitForCancellationModule(TaskCompletionSource started) : IModule
{
    public bool WasCancelled { get; private set; }

    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        started.TrySetResult();
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, context.CancellationToken).WaitAsync(TestLimits.Rendezvous);
        }
        catch (OperationCanceledException)
        {
            WasCancelled = true;
            throw;
        }

        return inputs;
    }
}

/// <summary>
/// Reads another pipeline's outputs and returns its inputs followed by copies of them whose
/// content says who read them; remembers what it saw.
/// </summary>
internal sealed class ReadOutputsModule(string other) : IModule
{
    public ImmutableArray<Document>? Seen { get; private set; }

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var seen = context.OutputsOf(other);
        Seen = seen;
        return Task.FromResult(inputs.AddRange(seen.Select(d => d.WithContent($"{context.PipelineName} read {d.Content}"))));
    }
}

/// <summary>Optionally waits for <paramref name="before"/>, reports diagnostics, then signals <paramref name="after"/>.</summary>
internal sealed class ReportingModule(Diagnostic[] diagnostics, Func<Task>? before = null, TaskCompletionSource? after = null) : IModule
{
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        if (before is not null)
        {
            await before();
        }

        foreach (var diagnostic in diagnostics)
        {
            context.Report(diagnostic);
        }

        after?.TrySetResult();
        return inputs;
    }
}

/// <summary>A per-document module made of a delegate, for tests of <see cref="PerDocumentModule"/>.</summary>
internal sealed class DelegatePerDocumentModule(Func<Document, Task<IEnumerable<Document>>> body) : PerDocumentModule
{
    protected override Task<IEnumerable<Document>> ExecuteAsync(Document input, IExecutionContext context) => body(input);
}

/// <summary>A per-document module with a name of its own that fails on the document with a given source.</summary>
internal sealed class FailOnSourceModule(string failingSource) : PerDocumentModule
{
    public override string Name => "FailOnSource";

    protected override Task<IEnumerable<Document>> ExecuteAsync(Document input, IExecutionContext context) =>
        input.Source == failingSource
            ? throw new FormatException($"cannot parse {input.Content}")
            : Task.FromResult<IEnumerable<Document>>([input]);
}

/// <summary>A context for running a module on its own, outside the engine.</summary>
internal sealed class FakeExecutionContext(CancellationToken cancellationToken) : IExecutionContext
{
    public string PipelineName => "fake";

    public Phase Phase => Phase.Process;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public ConcurrentQueue<Diagnostic> Reported { get; } = new();

    public ImmutableArray<Document> OutputsOf(string pipelineName) =>
        throw new InvalidOperationException("The fake context has no other pipelines.");

    public void Report(Diagnostic diagnostic) => Reported.Enqueue(diagnostic);
}
