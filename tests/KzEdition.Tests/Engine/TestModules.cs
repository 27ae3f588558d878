using System.Collections.Concurrent;
using System.Collections.Immutable;
using KzEdition.Engine;

namespace KzEdition.Tests.Engine;

/// <summary>Shared limits for the engine tests: waits fail instead of hanging.</summary>
internal static class TestLimits
{
    /// <summary>How long a module waits for another to reach a point before the test fails.</summary>
    public static readonly TimeSpan Rendezvous = TimeSpan.FromSeconds(10);

    /// <summary>Waits for a signal, failing the test rather than hanging when it never comes.</summary>
    public static void Wait(TaskCompletionSource signal, CancellationToken cancellationToken)
    {
        if (!signal.Task.Wait(Rendezvous, cancellationToken))
        {
            throw new TimeoutException("the awaited module never got there");
        }
    }
}

/// <summary>Documents of the engine tests: a source and text content.</summary>
internal static class TestDocuments
{
    public static Document Doc(string? source, string content, string? destination = null) =>
        Document.Create(source, destination).With(Keys.Text, content);

    public static string Text(Document document) => (string)document.GetOrDefault(Keys.Text, "");

    /// <summary>A run writing into a sink that records what it was given.</summary>
    public static EngineRun Run(RecordingSink? sink = null) => new(Resources.None, sink ?? new RecordingSink());
}

/// <summary>An output that keeps the destinations written, in order.</summary>
internal sealed class RecordingSink : IOutputSink
{
    public ConcurrentQueue<string> Written { get; } = new();

    public void Write(Document document) => Written.Enqueue(document.Destination!);
}

/// <summary>Adds fixed documents to its inputs (an Input-phase source, like a module reading files: not remembered, what it gives is not in what it declares).</summary>
internal sealed class SourceModule(params Document[] documents) : AllDocumentsModule
{
    public override Reads Reads { get; } = Reads.Nothing.NotRemembered();

    public override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context) => inputs.AddRange(documents);
}

/// <summary>Appends a suffix to every document's content, document by document.</summary>
internal sealed class AppendModule(string suffix) : PerDocumentModule
{
    public override string Name => $"{nameof(AppendModule)}({suffix})";

    public override Reads Reads { get; } = Reads.Of(Keys.Text);

    public int Runs => _runs;

    private int _runs;

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        Interlocked.Increment(ref _runs);
        return [input.With(Keys.Text, input.GetOrDefault(Keys.Text, "") + suffix)];
    }
}

/// <summary>Keeps only the first <paramref name="count"/> documents.</summary>
internal sealed class TakeModule(int count) : AllDocumentsModule
{
    public override Reads Reads { get; } = Reads.Nothing;

    public override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context) => [.. inputs.Take(count)];
}

/// <summary>Logs "start pipeline.Phase" and "end pipeline.Phase" in a shared log, optionally doing <paramref name="during"/> in between.</summary>
internal sealed class RecordingModule(ConcurrentQueue<string> log, Action? during = null) : AllDocumentsModule
{
    public override Reads Reads { get; } = Reads.Nothing.NotRemembered();

    public override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        log.Enqueue($"start {context.PipelineName}.{context.Phase}");
        during?.Invoke();
        log.Enqueue($"end {context.PipelineName}.{context.Phase}");
        return inputs;
    }
}

/// <summary>Optionally waits for <paramref name="before"/>, then throws <paramref name="exception"/>.</summary>
internal sealed class ThrowingModule(Exception exception, Action? before = null) : AllDocumentsModule
{
    public override Reads Reads { get; } = Reads.Nothing;

    public override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        before?.Invoke();
        throw exception;
    }
}

/// <summary>Says it has started, then waits (holding its thread, as CPU-bound work does) until <paramref name="other"/> has started too.</summary>
internal sealed class RendezvousModule(TaskCompletionSource started, TaskCompletionSource other) : AllDocumentsModule
{
    public override Reads Reads { get; } = Reads.Nothing.NotRemembered();

    public override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        started.TrySetResult();
        TestLimits.Wait(other, context.CancellationToken);
        return inputs;
    }
}

/// <summary>Completes <paramref name="signal"/> when it has run.</summary>
internal sealed class SignalModule(TaskCompletionSource signal) : AllDocumentsModule
{
    public override Reads Reads { get; } = Reads.Nothing.NotRemembered();

    public override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        signal.TrySetResult();
        return inputs;
    }
}

/// <summary>Does <paramref name="wait"/>, then passes its inputs on.</summary>
internal sealed class WaitModule(Action wait) : AllDocumentsModule
{
    public override Reads Reads { get; } = Reads.Nothing.NotRemembered();

    public override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        wait();
        return inputs;
    }
}

/// <summary>Waits until the build is cancelled (or the time limit passes, which fails the test) and remembers whether it saw the cancellation.</summary>
internal sealed class WaitForCancellationModule(TaskCompletionSource started) : AllDocumentsModule
{
    public bool WasCancelled { get; private set; }

    public override Reads Reads { get; } = Reads.Nothing.NotRemembered();

    public override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        started.TrySetResult();
        if (context.CancellationToken.WaitHandle.WaitOne(TestLimits.Rendezvous))
        {
            WasCancelled = true;
            context.CancellationToken.ThrowIfCancellationRequested();
        }

        throw new TimeoutException("the build was never cancelled");
    }
}

/// <summary>Reads another pipeline's documents and returns its inputs followed by copies of them whose content says who read them; remembers what it saw.</summary>
internal sealed class ReadOutputsModule(string other) : AllDocumentsModule
{
    public ImmutableArray<Document>? Seen { get; private set; }

    public override Reads Reads { get; } = Reads.Of(Keys.Text).From(other, Keys.Text);

    public override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var seen = context.OutputsOf(other);
        Seen = seen;
        return inputs.AddRange(seen.Select(d => d.With(Keys.Text, $"{context.PipelineName} read {TestDocuments.Text(d)}")));
    }
}

/// <summary>Optionally waits for <paramref name="before"/>, reports diagnostics, then signals <paramref name="after"/>.</summary>
internal sealed class ReportingModule(Diagnostic[] diagnostics, Action? before = null, TaskCompletionSource? after = null) : AllDocumentsModule
{
    public override Reads Reads { get; } = Reads.Nothing.NotRemembered();

    public override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        before?.Invoke();
        foreach (var diagnostic in diagnostics)
        {
            context.Report(diagnostic);
        }

        after?.TrySetResult();
        return inputs;
    }
}

/// <summary>A per-document module made of a delegate, reading the content.</summary>
internal sealed class DelegatePerDocumentModule(Func<Document, IEnumerable<Document>> body) : PerDocumentModule
{
    public override Reads Reads { get; } = Reads.Of(Keys.Text);

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context) => body(input);
}

/// <summary>A per-document module with a name of its own that fails on the document with a given source.</summary>
internal sealed class FailOnSourceModule(string failingSource) : PerDocumentModule
{
    public override string Name => "FailOnSource";

    public override Reads Reads { get; } = Reads.Of(Keys.Text).AndPlace();

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context) =>
        input.Source == failingSource ? throw new FormatException($"cannot parse {TestDocuments.Text(input)}") : [input];
}
