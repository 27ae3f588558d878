using System.Collections.Concurrent;
using System.Collections.Immutable;
using KzEdition.Engine;
using BuildEngine = KzEdition.Engine.Engine;

namespace KzEdition.Tests.Engine;

public sealed class EngineTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static TaskCompletionSource Signal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static Document Doc(string source, string content) => Document.Create(source, null, content);

    // ---- Construction: execution order, cycles, unknown and duplicate names ----

    [Fact]
    public void ExecutionOrder_WhenPipelinesAreIndependent_IsByNameWhateverTheDeclarationOrder()
    {
        var declared = new BuildEngine([new Pipeline("charlie"), new Pipeline("alpha"), new Pipeline("bravo")]);
        var reversed = new BuildEngine([new Pipeline("bravo"), new Pipeline("alpha"), new Pipeline("charlie")]);

        Assert.Equal(["alpha", "bravo", "charlie"], declared.ExecutionOrder);
        Assert.Equal(["alpha", "bravo", "charlie"], reversed.ExecutionOrder);
    }

    [Fact]
    public void ExecutionOrder_WhenPipelinesDepend_PutsDependenciesFirstAndBreaksTiesByName()
    {
        // Ready at first: m and z (m first by name); a becomes ready after z; b after a and m.
        Pipeline[] Pipelines() =>
        [
            new Pipeline("b", "a", "m"),
            new Pipeline("a", "z"),
            new Pipeline("z"),
            new Pipeline("m"),
        ];

        var engine = new BuildEngine(Pipelines());
        var shuffled = new BuildEngine(Pipelines().Reverse());

        Assert.Equal(["m", "z", "a", "b"], engine.ExecutionOrder);
        Assert.Equal(engine.ExecutionOrder, shuffled.ExecutionOrder);
    }

    [Fact]
    public void ExecutionOrder_WhenADependencyIsListedTwice_CountsItOnce()
    {
        var engine = new BuildEngine([new Pipeline("b", "a", "a"), new Pipeline("a")]);

        Assert.Equal(["a", "b"], engine.ExecutionOrder);
    }

    [Fact]
    public void Constructor_WhenTwoPipelinesDependOnEachOther_ThrowsNamingTheCycle()
    {
        var ex = Assert.Throws<InvalidOperationException>(() =>
            new BuildEngine([new Pipeline("b", "a"), new Pipeline("a", "b")]));

        Assert.Contains("cycle", ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("a → b → a", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_WhenThreePipelinesFormACycle_ThrowsNamingTheWholePath()
    {
        var ex = Assert.Throws<InvalidOperationException>(() =>
            new BuildEngine([new Pipeline("c", "a"), new Pipeline("a", "b"), new Pipeline("b", "c")]));

        Assert.Contains("a → b → c → a", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_WhenAPipelineDependsOnItself_ThrowsNamingIt()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => new BuildEngine([new Pipeline("self", "self")]));

        Assert.Contains("self → self", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_WhenAPipelineLeadsIntoACycle_NamesOnlyTheCycle()
    {
        var ex = Assert.Throws<InvalidOperationException>(() =>
            new BuildEngine([new Pipeline("entry", "x"), new Pipeline("x", "y"), new Pipeline("y", "x")]));

        Assert.Contains("x → y → x", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("entry", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_WhenADependencyDoesNotExist_ThrowsNamingPipelineAndDependency()
    {
        var ex = Assert.Throws<InvalidOperationException>(() =>
            new BuildEngine([new Pipeline("articles"), new Pipeline("feed", "articles", "autors")]));

        Assert.Equal("Pipeline 'feed' depends on 'autors', which does not exist.", ex.Message);
    }

    [Fact]
    public void Constructor_WhenTwoPipelinesHaveTheSameName_ThrowsNamingIt()
    {
        var ex = Assert.Throws<InvalidOperationException>(() =>
            new BuildEngine([new Pipeline("assets"), new Pipeline("pages"), new Pipeline("assets")]));

        Assert.Contains("'assets'", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("pages", ex.Message, StringComparison.Ordinal);
    }

    // ---- Scheduling ----

    [Fact]
    public async Task Run_WhenAPipelineHasADependency_StartsItsProcessPhaseAfterTheDependencysProcessPhaseEnds()
    {
        var log = new ConcurrentQueue<string>();
        var dependentInputDone = Signal();
        var engine = new BuildEngine(
        [
            new Pipeline("alpha", "zulu")
                .WithInput(new SignalModule(dependentInputDone))
                .WithProcess(new RecordingModule(log)),
            new Pipeline("zulu").WithProcess(new RecordingModule(log, async () =>
            {
                // The dependent is ready to process: an engine that did not wait would start it now.
                await dependentInputDone.Task.WaitAsync(TestLimits.Rendezvous, Ct);
                await Task.Delay(5, Ct);
            })),
        ]);

        await engine.RunAsync(Ct);

        Assert.Equal(["start zulu.Process", "end zulu.Process", "start alpha.Process", "end alpha.Process"], log);
    }

    [Fact]
    public async Task Run_WhenPipelinesFormAChain_RunsTheirProcessPhasesInDependencyOrder()
    {
        var log = new ConcurrentQueue<string>();
        var engine = new BuildEngine(
        [
            new Pipeline("a", "b").WithProcess(new RecordingModule(log)),
            new Pipeline("b", "c").WithProcess(new RecordingModule(log)),
            new Pipeline("c").WithProcess(new RecordingModule(log, () => Task.Delay(2, Ct))),
        ]);

        await engine.RunAsync(Ct);

        Assert.Equal(["c", "b", "a"], engine.ExecutionOrder);
        Assert.Equal(
            ["start c.Process", "end c.Process", "start b.Process", "end b.Process", "start a.Process", "end a.Process"],
            log);
    }

    [Fact]
    public async Task Run_WhenAPipelineHasADependency_RunsItsInputPhaseWithoutWaitingForTheDependency()
    {
        var dependentInputDone = Signal();
        var engine = new BuildEngine(
        [
            new Pipeline("dependent", "dependency").WithInput(new SignalModule(dependentInputDone)),
            new Pipeline("dependency").WithProcess(new WaitModule(() => dependentInputDone.Task.WaitAsync(TestLimits.Rendezvous, Ct))),
        ]);

        var result = await engine.RunAsync(Ct);

        Assert.Equal(["dependency", "dependent"], result.Outputs.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Run_WhenPipelinesAreIndependent_RunsTheirProcessPhasesConcurrently()
    {
        // Each module waits for the other to have started: only concurrent execution finishes.
        var leftStarted = Signal();
        var rightStarted = Signal();
        var engine = new BuildEngine(
        [
            new Pipeline("left").WithProcess(new RendezvousModule(leftStarted, rightStarted)),
            new Pipeline("right").WithProcess(new RendezvousModule(rightStarted, leftStarted)),
        ]);

        var result = await engine.RunAsync(Ct);

        Assert.Equal(2, result.Outputs.Count);
    }

    [Fact]
    public async Task Run_PipelinesWaitingOnTheSameDependency_RunSideBySide_EvenWhenTheirWorkHoldsTheThread()
    {
        // Not one after another on the thread that finished the dependency (an await's continuation
        // runs inline): the preview's search index and index of names were built so, in turn.
        var leftStarted = Signal();
        var rightStarted = Signal();
        var engine = new BuildEngine(
        [
            new Pipeline("articles").WithProcess(new WaitModule(() => Task.Delay(20, Ct))),
            new Pipeline("left", "articles").WithProcess(new BlockingRendezvousModule(leftStarted, rightStarted)),
            new Pipeline("right", "articles").WithProcess(new BlockingRendezvousModule(rightStarted, leftStarted)),
        ]);

        var result = await engine.RunAsync(Ct);

        Assert.Equal(3, result.Outputs.Count);
    }

    [Fact]
    public async Task Run_TwoDocumentsForOneFile_FailBeforeAnythingIsWritten_NamingBoth()
    {
        var written = new ConcurrentQueue<string>();
        var engine = new BuildEngine(
        [
            new Pipeline("pages").WithInput(new SourceModule(Document.Create("input/pages/search.md", "search/index.html", "a page"))).WithOutput(new RecordingModule(written)),
            new Pipeline("search").WithInput(new SourceModule(Document.Create(null, "search/index.html", "the search page"))).WithOutput(new RecordingModule(written)),
        ]);

        var failure = await Assert.ThrowsAsync<BuildException>(() => engine.RunAsync(Ct));

        var error = Assert.Single(failure.Diagnostics);
        Assert.Equal("input/pages/search.md", error.File);
        Assert.Contains("'search/index.html'", error.Message, StringComparison.Ordinal);
        Assert.Contains("input/pages/search.md (pages) and a generated page (search)", error.Message, StringComparison.Ordinal);
        Assert.Empty(written);
    }

    [Fact]
    public async Task Run_RecordsWhenEachPhaseStarted_OnTheRunsTimeline()
    {
        var engine = new BuildEngine(
        [
            new Pipeline("first").WithProcess(new WaitModule(() => Task.Delay(30, Ct))),
            new Pipeline("second", "first").WithProcess(new AppendModule("+")),
        ]);

        var result = await engine.RunAsync(Ct);

        var first = result.Timings.Single(t => t is { Pipeline: "first", Phase: Phase.Process });
        var second = result.Timings.Single(t => t is { Pipeline: "second", Phase: Phase.Process });
        Assert.True(second.Started >= first.Started + first.Elapsed, $"second started at {second.Started}, first ended at {first.Started + first.Elapsed}");
        Assert.True(first.Elapsed >= TimeSpan.FromMilliseconds(25));
    }

    [Fact]
    public async Task Run_PostProcessPhasesOfDependentPipelinesRunConcurrently()
    {
        var dependencyStarted = Signal();
        var dependentStarted = Signal();
        var engine = new BuildEngine(
        [
            new Pipeline("dependency").WithPostProcess(new RendezvousModule(dependencyStarted, dependentStarted)),
            new Pipeline("dependent", "dependency").WithPostProcess(new RendezvousModule(dependentStarted, dependencyStarted)),
        ]);

        var result = await engine.RunAsync(Ct);

        Assert.Equal(2, result.Outputs.Count);
    }

    [Fact]
    public async Task Run_ReturnsEachPipelinesDocumentsAfterAllPhasesInModuleOrder()
    {
        var engine = new BuildEngine(
        [
            new Pipeline("pages")
                .WithInput(new SourceModule(Doc("1.md", "one"), Doc("2.md", "two")), new SourceModule(Doc("3.md", "three")))
                .WithProcess(new AppendModule("+p"), new AppendModule("+q"))
                .WithPostProcess(new AppendModule("+pp"))
                .WithOutput(new AppendModule("+o")),
            new Pipeline("empty"),
        ]);

        var result = await engine.RunAsync(Ct);

        Assert.Equal(
            ["one+p+q+pp+o", "two+p+q+pp+o", "three+p+q+pp+o"],
            result.Outputs["pages"].Select(d => d.Content));
        Assert.Equal(["1.md", "2.md", "3.md"], result.Outputs["pages"].Select(d => d.Source));
        Assert.Empty(result.Outputs["empty"]);
    }

    // ---- Reading other pipelines ----

    [Fact]
    public async Task Run_WhenProcessReadsADependency_SeesItsProcessedDocuments()
    {
        var reader = new ReadOutputsModule("articles");
        var engine = new BuildEngine(
        [
            new Pipeline("articles")
                .WithInput(new SourceModule(Doc("a.md", "a"), Doc("b.md", "b")))
                .WithProcess(new AppendModule("+processed"))
                .WithPostProcess(new AppendModule("+post")),
            new Pipeline("index", "articles").WithProcess(reader),
        ]);

        var result = await engine.RunAsync(Ct);

        Assert.Equal(["a+processed", "b+processed"], reader.Seen!.Value.Select(d => d.Content));
        Assert.Equal(["index read a+processed", "index read b+processed"], result.Outputs["index"].Select(d => d.Content));
    }

    [Fact]
    public async Task Run_WhenProcessReadsAnIndirectDependency_SeesItsProcessedDocuments()
    {
        var reader = new ReadOutputsModule("sources");
        var engine = new BuildEngine(
        [
            new Pipeline("sources").WithInput(new SourceModule(Doc("s.md", "s"))).WithProcess(new AppendModule("+p")),
            new Pipeline("articles", "sources"),
            new Pipeline("feed", "articles").WithProcess(reader),
        ]);

        await engine.RunAsync(Ct);

        Assert.Equal(["s+p"], reader.Seen!.Value.Select(d => d.Content));
    }

    [Fact]
    public async Task Run_WhenProcessReadsAPipelineItDoesNotDependOn_ThrowsNamingBothPipelines()
    {
        var engine = new BuildEngine(
        [
            new Pipeline("articles").WithInput(new SourceModule(Doc("a.md", "a"))),
            new Pipeline("sitemap").WithProcess(new ReadOutputsModule("articles")),
        ]);

        var ex = await Assert.ThrowsAsync<PipelineException>(() => engine.RunAsync(Ct));

        Assert.Equal("sitemap", ex.Pipeline);
        Assert.Equal(Phase.Process, ex.Phase);
        Assert.Equal(nameof(ReadOutputsModule), ex.Module);
        var inner = Assert.IsType<InvalidOperationException>(ex.InnerException);
        Assert.Contains("'sitemap'", inner.Message, StringComparison.Ordinal);
        Assert.Contains("'articles'", inner.Message, StringComparison.Ordinal);
        Assert.Contains("depend", inner.Message, StringComparison.Ordinal);
        Assert.Contains(inner.Message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WhenProcessReadsItsOwnPipeline_Throws()
    {
        var engine = new BuildEngine([new Pipeline("loop").WithProcess(new ReadOutputsModule("loop"))]);

        var ex = await Assert.ThrowsAsync<PipelineException>(() => engine.RunAsync(Ct));

        Assert.IsType<InvalidOperationException>(ex.InnerException);
        Assert.Contains("'loop'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WhenInputReadsAnotherPipeline_ThrowsNamingTheReader()
    {
        var engine = new BuildEngine(
        [
            new Pipeline("articles"),
            new Pipeline("feed", "articles").WithInput(new ReadOutputsModule("articles")),
        ]);

        var ex = await Assert.ThrowsAsync<PipelineException>(() => engine.RunAsync(Ct));

        Assert.Equal(("feed", Phase.Input), (ex.Pipeline, ex.Phase));
        var inner = Assert.IsType<InvalidOperationException>(ex.InnerException);
        Assert.Contains("'feed'", inner.Message, StringComparison.Ordinal);
        Assert.Contains("Input", inner.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WhenPostProcessReadsAnyPipeline_SeesItsProcessedNotPostProcessedDocuments()
    {
        var otherPostProcessed = Signal();
        var reader = new ReadOutputsModule("articles");
        var engine = new BuildEngine(
        [
            new Pipeline("articles")
                .WithInput(new SourceModule(Doc("a.md", "a")))
                .WithProcess(new AppendModule("+p"))
                .WithPostProcess(new AppendModule("+post"), new SignalModule(otherPostProcessed)),
            new Pipeline("home")
                .WithPostProcess(new WaitModule(() => otherPostProcessed.Task.WaitAsync(TestLimits.Rendezvous, Ct)), reader),
        ]);

        var result = await engine.RunAsync(Ct);

        Assert.Equal(["a+p"], reader.Seen!.Value.Select(d => d.Content));
        Assert.Equal(["home read a+p"], result.Outputs["home"].Select(d => d.Content));
    }

    [Fact]
    public async Task Run_WhenOutputReadsAnyPipeline_SeesItsPostProcessedDocuments()
    {
        var reader = new ReadOutputsModule("articles");
        var engine = new BuildEngine(
        [
            new Pipeline("articles")
                .WithInput(new SourceModule(Doc("a.md", "a")))
                .WithProcess(new AppendModule("+p"))
                .WithPostProcess(new AppendModule("+post"))
                .WithOutput(new AppendModule("+written")),
            new Pipeline("manifest").WithOutput(reader),
        ]);

        await engine.RunAsync(Ct);

        Assert.Equal(["a+p+post"], reader.Seen!.Value.Select(d => d.Content));
    }

    [Fact]
    public async Task Run_WhenPostProcessReadsAnUnknownPipeline_ThrowsNamingIt()
    {
        var engine = new BuildEngine([new Pipeline("home").WithPostProcess(new ReadOutputsModule("artcles"))]);

        var ex = await Assert.ThrowsAsync<PipelineException>(() => engine.RunAsync(Ct));

        Assert.Equal(Phase.PostProcess, ex.Phase);
        Assert.Contains("'artcles'", ex.Message, StringComparison.Ordinal);
    }

    // ---- Failures ----

    [Theory]
    [InlineData(Phase.Input)]
    [InlineData(Phase.Process)]
    [InlineData(Phase.PostProcess)]
    [InlineData(Phase.Output)]
    public async Task Run_WhenAModuleThrows_NamesPipelinePhaseAndModule(Phase phase)
    {
        var boom = new InvalidDataException("boom");
        var pipeline = new Pipeline("pages");
        IModule[] modules = [new AppendModule("!"), new ThrowingModule(boom)];
        _ = phase switch
        {
            Phase.Input => pipeline.WithInput(modules),
            Phase.Process => pipeline.WithProcess(modules),
            Phase.PostProcess => pipeline.WithPostProcess(modules),
            _ => pipeline.WithOutput(modules),
        };
        var engine = new BuildEngine([new Pipeline("assets"), pipeline]);

        var ex = await Assert.ThrowsAsync<PipelineException>(() => engine.RunAsync(Ct));

        Assert.Equal("pages", ex.Pipeline);
        Assert.Equal(phase, ex.Phase);
        Assert.Equal(nameof(ThrowingModule), ex.Module);
        Assert.Null(ex.DocumentName);
        Assert.Same(boom, ex.InnerException);
        Assert.Equal($"Pipeline 'pages', {phase} phase, module ThrowingModule: boom", ex.Message);
    }

    [Fact]
    public async Task Run_WhenAModuleThrowsOnADocument_NamesPipelineModuleAndDocument()
    {
        var engine = new BuildEngine(
        [
            new Pipeline("articles")
                .WithInput(new SourceModule(Doc("input/a.md", "A"), Doc("input/b.md", "B"), Doc("input/c.md", "C")))
                .WithProcess(new AppendModule("+p"), new FailOnSourceModule("input/b.md")),
        ]);

        var ex = await Assert.ThrowsAsync<PipelineException>(() => engine.RunAsync(Ct));

        Assert.Equal("articles", ex.Pipeline);
        Assert.Equal(Phase.Process, ex.Phase);
        Assert.Equal("FailOnSource", ex.Module);
        Assert.Equal("input/b.md", ex.DocumentName);
        var inner = Assert.IsType<FormatException>(ex.InnerException);
        Assert.Equal("cannot parse B+p", inner.Message);
        Assert.Equal("Pipeline 'articles', Process phase, module FailOnSource on input/b.md: cannot parse B+p", ex.Message);
    }

    [Fact]
    public async Task Run_WhenAProcessPhaseFails_RunsNoDependentAndNoLaterPhase()
    {
        var log = new ConcurrentQueue<string>();
        var engine = new BuildEngine(
        [
            new Pipeline("broken").WithProcess(new ThrowingModule(new InvalidDataException("bad"))),
            new Pipeline("dependent", "broken")
                .WithProcess(new RecordingModule(log))
                .WithPostProcess(new RecordingModule(log))
                .WithOutput(new RecordingModule(log)),
            new Pipeline("other").WithPostProcess(new RecordingModule(log)).WithOutput(new RecordingModule(log)),
        ]);

        var ex = await Assert.ThrowsAsync<PipelineException>(() => engine.RunAsync(Ct));

        Assert.Equal("broken", ex.Pipeline);
        Assert.Empty(log);
    }

    [Fact]
    public async Task Run_WhenAPostProcessPhaseFails_RunsNoOutputPhaseOfAnyPipeline()
    {
        var log = new ConcurrentQueue<string>();
        var firstPostProcessed = Signal();
        var lastPostProcessed = Signal();
        var engine = new BuildEngine(
        [
            new Pipeline("first").WithPostProcess(new SignalModule(firstPostProcessed)).WithOutput(new RecordingModule(log)),
            new Pipeline("sitemap")
                .WithPostProcess(new ThrowingModule(new InvalidDataException("bad sitemap"), async () =>
                {
                    // The others have finished PostProcess: an engine that did not wait would write them now.
                    await Task.WhenAll(firstPostProcessed.Task, lastPostProcessed.Task).WaitAsync(TestLimits.Rendezvous, Ct);
                    await Task.Delay(5, Ct);
                }))
                .WithOutput(new RecordingModule(log)),
            new Pipeline("last").WithPostProcess(new SignalModule(lastPostProcessed)).WithOutput(new RecordingModule(log)),
        ]);

        var ex = await Assert.ThrowsAsync<PipelineException>(() => engine.RunAsync(Ct));

        Assert.Equal(("sitemap", Phase.PostProcess), (ex.Pipeline, ex.Phase));
        Assert.Empty(log);
    }

    [Fact]
    public async Task Run_WhenAModuleFails_CancelsTheOtherPipelinesAndThrowsTheFailureNotTheCancellation()
    {
        var slowStarted = Signal();
        var slow = new WaitForCancellationModule(slowStarted);
        var engine = new BuildEngine(
        [
            new Pipeline("slow").WithProcess(slow),
            new Pipeline("broken").WithProcess(
                new ThrowingModule(new InvalidDataException("bad"), () => slowStarted.Task.WaitAsync(TestLimits.Rendezvous, Ct))),
        ]);

        var ex = await Assert.ThrowsAsync<PipelineException>(() => engine.RunAsync(Ct));

        Assert.Equal("broken", ex.Pipeline);
        Assert.IsType<InvalidDataException>(ex.InnerException);
        Assert.True(slow.WasCancelled, "The other pipeline's module was not cancelled.");
    }

    [Fact]
    public async Task Run_WhenAModuleThrowsOperationCanceledWithoutTheBuildBeingCancelled_NamesPipelineAndModule()
    {
        // A module's own time-out (HttpClient, a linked token source) is a failure of that module,
        // not a cancellation of the build: it must be reported like any other failure.
        var timeout = new TaskCanceledException("The request timed out.");
        var engine = new BuildEngine(
        [
            new Pipeline("fonts").WithProcess(new ThrowingModule(timeout)),
            new Pipeline("pages"),
        ]);

        var ex = await Assert.ThrowsAnyAsync<Exception>(() => engine.RunAsync(Ct));

        var failure = Assert.IsType<PipelineException>(ex);
        Assert.Equal(("fonts", Phase.Process, nameof(ThrowingModule)), (failure.Pipeline, failure.Phase, failure.Module));
        Assert.Same(timeout, failure.InnerException);
    }

    [Fact]
    public async Task Run_WhenTheCallerHasCancelled_ThrowsOperationCanceledAndRunsNoModule()
    {
        var log = new ConcurrentQueue<string>();
        var engine = new BuildEngine([new Pipeline("pages").WithInput(new RecordingModule(log)).WithProcess(new RecordingModule(log))]);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => engine.RunAsync(cancelled.Token));

        Assert.Empty(log);
    }

    // ---- Diagnostics and timings ----

    [Fact]
    public async Task Run_ReturnsReportedDiagnosticsSortedByFileThenLineThenMessage()
    {
        var engine = new BuildEngine(
        [
            new Pipeline("a").WithProcess(new ReportingModule(
            [
                Diagnostic.Warning("z", "b.md", 1),
                Diagnostic.Error("b", "a.md", 10),
                Diagnostic.Info("x", "a.md", 2),
            ])),
            new Pipeline("b").WithPostProcess(new ReportingModule(
            [
                Diagnostic.Warning("a", "a.md", 10),
                Diagnostic.Error("y", "b.md", 1),
            ])),
        ]);

        var result = await engine.RunAsync(Ct);

        Assert.Equal(
            [
                Diagnostic.Info("x", "a.md", 2),
                Diagnostic.Warning("a", "a.md", 10),
                Diagnostic.Error("b", "a.md", 10),
                Diagnostic.Error("y", "b.md", 1),
                Diagnostic.Warning("z", "b.md", 1),
            ],
            result.Diagnostics);
    }

    [Fact]
    public async Task Run_ReturnsDiagnosticsInTheSameOrderWhicheverPipelineReportsFirst()
    {
        Diagnostic[] fromLeft = [Diagnostic.Warning("m", "x.md", 4), Diagnostic.Info("n", "w.md")];
        Diagnostic[] fromRight = [Diagnostic.Warning("m", "x.md", 2), Diagnostic.Error("n", "w.md", 9, 1)];

        var leftFirst = await RunReportingAsync(fromLeft, fromRight, leftFirst: true);
        var rightFirst = await RunReportingAsync(fromLeft, fromRight, leftFirst: false);

        Assert.Equal(4, leftFirst.Length);
        Assert.Equal(leftFirst, rightFirst);
    }

    [Fact]
    public async Task Run_WhenDiagnosticsDifferOnlyByColumn_ReturnsThemInTheSameOrderWhicheverPipelineReportsFirst()
    {
        // Two reports on one line of one file, e.g. two unbalanced brackets found by two pipelines.
        Diagnostic[] fromLeft = [Diagnostic.Warning("unbalanced bracket", "x.md", 3, 12)];
        Diagnostic[] fromRight = [Diagnostic.Warning("unbalanced bracket", "x.md", 3, 5)];

        var leftFirst = await RunReportingAsync(fromLeft, fromRight, leftFirst: true);
        var rightFirst = await RunReportingAsync(fromLeft, fromRight, leftFirst: false);

        Assert.Equal(leftFirst, rightFirst);
        Assert.Equal([5, 12], leftFirst.Select(d => d.Column));
    }

    [Fact]
    public async Task Run_ReturnsATimingForEachPipelineAndPhaseInExecutionOrder()
    {
        var engine = new BuildEngine(
        [
            new Pipeline("a", "b").WithInput(new SourceModule(Doc("1", "1"), Doc("2", "2"), Doc("3", "3"))),
            new Pipeline("b")
                .WithInput(new SourceModule(Doc("x", "x"), Doc("y", "y")))
                .WithProcess(new TakeModule(1)),
        ]);

        var result = await engine.RunAsync(Ct);

        Assert.Equal(
            [
                ("b", Phase.Input, 2), ("b", Phase.Process, 1), ("b", Phase.PostProcess, 1), ("b", Phase.Output, 1),
                ("a", Phase.Input, 3), ("a", Phase.Process, 3), ("a", Phase.PostProcess, 3), ("a", Phase.Output, 3),
            ],
            result.Timings.Select(t => (t.Pipeline, t.Phase, t.Documents)));
    }

    [Fact]
    public async Task Run_RaisesPhaseCompletedOncePerPipelineAndPhaseWithTheReturnedTimings()
    {
        var raised = new ConcurrentQueue<PipelineTiming>();
        var engine = new BuildEngine(
        [
            new Pipeline("pages", "articles").WithInput(new SourceModule(Doc("p", "p"))),
            new Pipeline("articles").WithInput(new SourceModule(Doc("a", "a"), Doc("b", "b"))),
        ]);
        engine.PhaseCompleted += raised.Enqueue;

        var result = await engine.RunAsync(Ct);

        Assert.Equal(8, raised.Count);
        Assert.Equal(result.Timings, raised.OrderBy(t => engine.ExecutionOrder.IndexOf(t.Pipeline)).ThenBy(t => t.Phase));
        Assert.All(
            raised.GroupBy(t => t.Pipeline),
            group => Assert.Equal(Enum.GetValues<Phase>(), group.Select(t => t.Phase)));
    }

    /// <summary>Runs two independent pipelines that report, forcing which of them reports first.</summary>
    private static async Task<ImmutableArray<Diagnostic>> RunReportingAsync(Diagnostic[] fromLeft, Diagnostic[] fromRight, bool leftFirst)
    {
        var leftDone = Signal();
        var rightDone = Signal();
        Func<Task> After(TaskCompletionSource done) => () => done.Task.WaitAsync(TestLimits.Rendezvous, Ct);
        var engine = new BuildEngine(
        [
            new Pipeline("left").WithProcess(new ReportingModule(fromLeft, leftFirst ? null : After(rightDone), leftDone)),
            new Pipeline("right").WithProcess(new ReportingModule(fromRight, leftFirst ? After(leftDone) : null, rightDone)),
        ]);

        return (await engine.RunAsync(Ct)).Diagnostics;
    }
}
