using System.Collections.Concurrent;
using System.Collections.Immutable;
using KzEdition.Engine;
using static KzEdition.Tests.Engine.TestDocuments;
using BuildEngine = KzEdition.Engine.Engine;

namespace KzEdition.Tests.Engine;

public sealed class EngineTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static TaskCompletionSource Signal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static PipelineBuilder P(string name, params string[] dependencies) => Pipeline.Named(name).DependsOn(dependencies);

    private static BuildEngine NewEngine(params PipelineBuilder[] pipelines) => new(pipelines.Select(p => p.Build()));

    private static BuildEngine NewEngine(IEnumerable<PipelineBuilder> pipelines) => new(pipelines.Select(p => p.Build()));

    // ---- Construction: execution order, cycles, unknown and duplicate names ----

    [Fact]
    public void ExecutionOrder_WhenPipelinesAreIndependent_IsByNameWhateverTheDeclarationOrder()
    {
        var declared = NewEngine([P("charlie"), P("alpha"), P("bravo")]);
        var reversed = NewEngine([P("bravo"), P("alpha"), P("charlie")]);

        Assert.Equal(["alpha", "bravo", "charlie"], declared.ExecutionOrder);
        Assert.Equal(["alpha", "bravo", "charlie"], reversed.ExecutionOrder);
    }

    [Fact]
    public void ExecutionOrder_WhenPipelinesDepend_PutsDependenciesFirstAndBreaksTiesByName()
    {
        // Ready at first: m and z (m first by name); a becomes ready after z; b after a and m.
        PipelineBuilder[] Pipelines() =>
        [
            P("b", "a", "m"),
            P("a", "z"),
            P("z"),
            P("m"),
        ];

        var engine = NewEngine(Pipelines());
        var shuffled = NewEngine(Pipelines().Reverse());

        Assert.Equal(["m", "z", "a", "b"], engine.ExecutionOrder);
        Assert.Equal(engine.ExecutionOrder, shuffled.ExecutionOrder);
    }

    [Fact]
    public void ExecutionOrder_WhenADependencyIsListedTwice_CountsItOnce()
    {
        var engine = NewEngine([P("b", "a", "a"), P("a")]);

        Assert.Equal(["a", "b"], engine.ExecutionOrder);
    }

    [Fact]
    public void Constructor_WhenTwoPipelinesDependOnEachOther_ThrowsNamingTheCycle()
    {
        var ex = Assert.Throws<InvalidOperationException>(() =>
            NewEngine([P("b", "a"), P("a", "b")]));

        Assert.Contains("cycle", ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("a → b → a", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_WhenThreePipelinesFormACycle_ThrowsNamingTheWholePath()
    {
        var ex = Assert.Throws<InvalidOperationException>(() =>
            NewEngine([P("c", "a"), P("a", "b"), P("b", "c")]));

        Assert.Contains("a → b → c → a", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_WhenAPipelineDependsOnItself_ThrowsNamingIt()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => NewEngine([P("self", "self")]));

        Assert.Contains("self → self", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_WhenAPipelineLeadsIntoACycle_NamesOnlyTheCycle()
    {
        var ex = Assert.Throws<InvalidOperationException>(() =>
            NewEngine([P("entry", "x"), P("x", "y"), P("y", "x")]));

        Assert.Contains("x → y → x", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("entry", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_WhenADependencyDoesNotExist_ThrowsNamingPipelineAndDependency()
    {
        var ex = Assert.Throws<InvalidOperationException>(() =>
            NewEngine([P("articles"), P("feed", "articles", "autors")]));

        Assert.Equal("Pipeline 'feed' depends on 'autors', which does not exist.", ex.Message);
    }

    [Fact]
    public void Constructor_WhenTwoPipelinesHaveTheSameName_ThrowsNamingIt()
    {
        var ex = Assert.Throws<InvalidOperationException>(() =>
            NewEngine([P("assets"), P("pages"), P("assets")]));

        Assert.Contains("'assets'", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("pages", ex.Message, StringComparison.Ordinal);
    }

    // ---- Scheduling ----

    [Fact]
    public async Task Run_WhenAPipelineHasADependency_StartsItsProcessPhaseAfterTheDependencysProcessPhaseEnds()
    {
        var log = new ConcurrentQueue<string>();
        var dependentInputDone = Signal();
        var engine = NewEngine(
        [
            P("alpha", "zulu")
                .Input(new SignalModule(dependentInputDone))
                .Process(new RecordingModule(log)),
            P("zulu").Process(new RecordingModule(log, () =>
            {
                // The dependent is ready to process: an engine that did not wait would start it now.
                TestLimits.Wait(dependentInputDone, Ct);
                Thread.Sleep(5);
            })),
        ]);

        await engine.RunAsync(Run(), Ct);

        Assert.Equal(["start zulu.Process", "end zulu.Process", "start alpha.Process", "end alpha.Process"], log);
    }

    [Fact]
    public async Task Run_WhenPipelinesFormAChain_RunsTheirProcessPhasesInDependencyOrder()
    {
        var log = new ConcurrentQueue<string>();
        var engine = NewEngine(
        [
            P("a", "b").Process(new RecordingModule(log)),
            P("b", "c").Process(new RecordingModule(log)),
            P("c").Process(new RecordingModule(log, () => Thread.Sleep(2))),
        ]);

        await engine.RunAsync(Run(), Ct);

        Assert.Equal(["c", "b", "a"], engine.ExecutionOrder);
        Assert.Equal(
            ["start c.Process", "end c.Process", "start b.Process", "end b.Process", "start a.Process", "end a.Process"],
            log);
    }

    [Fact]
    public async Task Run_WhenAPipelineHasADependency_RunsItsInputPhaseWithoutWaitingForTheDependency()
    {
        var dependentInputDone = Signal();
        var engine = NewEngine(
        [
            P("dependent", "dependency").Input(new SignalModule(dependentInputDone)),
            P("dependency").Process(new WaitModule(() => TestLimits.Wait(dependentInputDone, Ct))),
        ]);

        var result = await engine.RunAsync(Run(), Ct);

        Assert.Equal(["dependency", "dependent"], result.Outputs.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Run_WhenPipelinesAreIndependent_RunsTheirProcessPhasesConcurrently()
    {
        // Each module waits for the other to have started: only concurrent execution finishes.
        var leftStarted = Signal();
        var rightStarted = Signal();
        var engine = NewEngine(
        [
            P("left").Process(new RendezvousModule(leftStarted, rightStarted)),
            P("right").Process(new RendezvousModule(rightStarted, leftStarted)),
        ]);

        var result = await engine.RunAsync(Run(), Ct);

        Assert.Equal(2, result.Outputs.Count);
    }

    [Fact]
    public async Task Run_PipelinesWaitingOnTheSameDependency_RunSideBySide_EvenWhenTheirWorkHoldsTheThread()
    {
        // Not one after another on the thread that finished the dependency (an await's continuation
        // runs inline): the preview's search index and index of names were built so, in turn.
        var leftStarted = Signal();
        var rightStarted = Signal();
        var engine = NewEngine(
        [
            P("articles").Process(new WaitModule(() => Thread.Sleep(20))),
            P("left", "articles").Process(new RendezvousModule(leftStarted, rightStarted)),
            P("right", "articles").Process(new RendezvousModule(rightStarted, leftStarted)),
        ]);

        var result = await engine.RunAsync(Run(), Ct);

        Assert.Equal(3, result.Outputs.Count);
    }

    [Fact]
    public async Task Run_RecordsWhenEachPhaseStarted_OnTheRunsTimeline()
    {
        var engine = NewEngine(
        [
            P("first").Process(new WaitModule(() => Thread.Sleep(30))),
            P("second", "first").Process(new AppendModule("+")),
        ]);

        var result = await engine.RunAsync(Run(), Ct);

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
        var engine = NewEngine(
        [
            P("dependency").PostProcess(new RendezvousModule(dependencyStarted, dependentStarted)),
            P("dependent", "dependency").PostProcess(new RendezvousModule(dependentStarted, dependencyStarted)),
        ]);

        var result = await engine.RunAsync(Run(), Ct);

        Assert.Equal(2, result.Outputs.Count);
    }

    [Fact]
    public async Task Run_ReturnsEachPipelinesDocumentsAfterAllPhasesInModuleOrder()
    {
        var engine = NewEngine(
        [
            P("pages")
                .Input(new SourceModule(Doc("1.md", "one"), Doc("2.md", "two")), new SourceModule(Doc("3.md", "three")))
                .Process(new AppendModule("+p"), new AppendModule("+q"))
                .PostProcess(new AppendModule("+pp")),
            P("empty"),
        ]);

        var result = await engine.RunAsync(Run(), Ct);

        Assert.Equal(
            ["one+p+q+pp", "two+p+q+pp", "three+p+q+pp"],
            result.Outputs["pages"].Select(TestDocuments.Text));
        Assert.Equal(["1.md", "2.md", "3.md"], result.Outputs["pages"].Select(d => d.Source));
        Assert.Empty(result.Outputs["empty"]);
    }

    // ---- Reading other pipelines ----

    [Fact]
    public async Task Run_WhenProcessReadsADependency_SeesItsProcessedDocuments()
    {
        var reader = new ReadOutputsModule("articles");
        var engine = NewEngine(
        [
            P("articles")
                .Input(new SourceModule(Doc("a.md", "a"), Doc("b.md", "b")))
                .Process(new AppendModule("+processed"))
                .PostProcess(new AppendModule("+post")),
            P("index", "articles").Process(reader),
        ]);

        var result = await engine.RunAsync(Run(), Ct);

        Assert.Equal(["a+processed", "b+processed"], reader.Seen!.Value.Select(TestDocuments.Text));
        Assert.Equal(["index read a+processed", "index read b+processed"], result.Outputs["index"].Select(TestDocuments.Text));
    }

    [Fact]
    public async Task Run_WhenProcessReadsAnIndirectDependency_SeesItsProcessedDocuments()
    {
        var reader = new ReadOutputsModule("sources");
        var engine = NewEngine(
        [
            P("sources").Input(new SourceModule(Doc("s.md", "s"))).Process(new AppendModule("+p")),
            P("articles", "sources"),
            P("feed", "articles").Process(reader),
        ]);

        await engine.RunAsync(Run(), Ct);

        Assert.Equal(["s+p"], reader.Seen!.Value.Select(TestDocuments.Text));
    }

    [Fact]
    public async Task Run_WhenProcessReadsAPipelineItDoesNotDependOn_ThrowsNamingBothPipelines()
    {
        var engine = NewEngine(
        [
            P("articles").Input(new SourceModule(Doc("a.md", "a"))),
            P("sitemap").Process(new ReadOutputsModule("articles")),
        ]);

        var ex = await Assert.ThrowsAsync<PipelineException>(() => engine.RunAsync(Run(), Ct));

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
        var engine = NewEngine([P("loop").Process(new ReadOutputsModule("loop"))]);

        var ex = await Assert.ThrowsAsync<PipelineException>(() => engine.RunAsync(Run(), Ct));

        Assert.IsType<InvalidOperationException>(ex.InnerException);
        Assert.Contains("'loop'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WhenInputReadsAnotherPipeline_ThrowsNamingTheReader()
    {
        var engine = NewEngine(
        [
            P("articles"),
            P("feed", "articles").Input(new ReadOutputsModule("articles")),
        ]);

        var ex = await Assert.ThrowsAsync<PipelineException>(() => engine.RunAsync(Run(), Ct));

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
        var engine = NewEngine(
        [
            P("articles")
                .Input(new SourceModule(Doc("a.md", "a")))
                .Process(new AppendModule("+p"))
                .PostProcess(new AppendModule("+post"), new SignalModule(otherPostProcessed)),
            P("home")
                .PostProcess(new WaitModule(() => TestLimits.Wait(otherPostProcessed, Ct)), reader),
        ]);

        var result = await engine.RunAsync(Run(), Ct);

        Assert.Equal(["a+p"], reader.Seen!.Value.Select(TestDocuments.Text));
        Assert.Equal(["home read a+p"], result.Outputs["home"].Select(TestDocuments.Text));
    }

    [Fact]
    public async Task Run_APostProcessThatDoesNotReadAPipeline_RunsWhileThatPipelineIsStillProcessing()
    {
        // The search index's Process must not hold back the pages, which do not read it. Had the
        // pages' PostProcess waited for every Process, this would wait forever (TestLimits fails it).
        var pagesPostProcessed = Signal();
        var engine = NewEngine(
        [
            P("pages").Input(new SourceModule(Doc("a.md", "a"))).PostProcess(new AppendModule("+rendered"), new SignalModule(pagesPostProcessed)),
            P("search").Process(new WaitModule(() => TestLimits.Wait(pagesPostProcessed, Ct))),
        ]);

        var result = await engine.RunAsync(Run(), Ct);

        Assert.Equal(["a+rendered"], result.Outputs["pages"].Select(TestDocuments.Text));
        var search = result.Timings.Single(t => t is { Pipeline: "search", Phase: Phase.Process });
        var pages = result.Timings.Single(t => t is { Pipeline: "pages", Phase: Phase.PostProcess });
        Assert.True(pages.Started < search.Started + search.Elapsed);
    }

    [Fact]
    public async Task Run_APostProcessWaitsForThePipelinesItDeclares_AndSeesThemProcessed()
    {
        var reader = new ReadOutputsModule("slow");
        var engine = NewEngine(
        [
            P("slow").Input(new SourceModule(Doc("s.md", "s"))).Process(new WaitModule(() => Thread.Sleep(100)), new AppendModule("+p")),
            P("home").PostProcess(reader),
        ]);

        var result = await engine.RunAsync(Run(), Ct);

        Assert.Equal(["s+p"], reader.Seen!.Value.Select(TestDocuments.Text));
        var slow = result.Timings.Single(t => t is { Pipeline: "slow", Phase: Phase.Process });
        var home = result.Timings.Single(t => t is { Pipeline: "home", Phase: Phase.PostProcess });
        Assert.True(home.Started >= slow.Started + slow.Elapsed, $"home started at {home.Started}, slow ended at {slow.Started + slow.Elapsed}");
    }

    [Fact]
    public async Task Run_WhenPostProcessReadsAnUnknownPipeline_ThrowsNamingIt()
    {
        var engine = NewEngine([P("home").PostProcess(new ReadOutputsModule("artcles"))]);

        var ex = await Assert.ThrowsAsync<PipelineException>(() => engine.RunAsync(Run(), Ct));

        Assert.Equal(Phase.PostProcess, ex.Phase);
        Assert.Contains("'artcles'", ex.Message, StringComparison.Ordinal);
    }

    // ---- Failures ----

    [Theory]
    [InlineData(Phase.Input)]
    [InlineData(Phase.Process)]
    [InlineData(Phase.PostProcess)]
    public async Task Run_WhenAModuleThrows_NamesPipelinePhaseAndModule(Phase phase)
    {
        var boom = new InvalidDataException("boom");
        var pipeline = P("pages");
        IModule[] modules = [new AppendModule("!"), new ThrowingModule(boom)];
        _ = phase switch
        {
            Phase.Input => pipeline.Input(modules),
            Phase.Process => pipeline.Process(modules),
            _ => pipeline.PostProcess(modules),
        };
        var engine = NewEngine([P("assets"), pipeline]);

        var ex = await Assert.ThrowsAsync<PipelineException>(() => engine.RunAsync(Run(), Ct));

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
        var engine = NewEngine(
        [
            P("articles")
                .Input(new SourceModule(Doc("input/a.md", "A"), Doc("input/b.md", "B"), Doc("input/c.md", "C")))
                .Process(new AppendModule("+p"), new FailOnSourceModule("input/b.md")),
        ]);

        var ex = await Assert.ThrowsAsync<PipelineException>(() => engine.RunAsync(Run(), Ct));

        Assert.Equal("articles", ex.Pipeline);
        Assert.Equal(Phase.Process, ex.Phase);
        Assert.Equal("FailOnSource", ex.Module);
        Assert.Equal("input/b.md", ex.DocumentName);
        var inner = Assert.IsType<FormatException>(ex.InnerException);
        Assert.Equal("cannot parse B+p", inner.Message);
        Assert.Equal("Pipeline 'articles', Process phase, module FailOnSource on input/b.md: cannot parse B+p", ex.Message);
    }

    [Fact]
    public async Task Run_WhenAProcessPhaseFails_RunsNoPhaseThatReadsIt()
    {
        // An unrelated pipeline's PostProcess may run meanwhile (it reads nothing of the failed one);
        // the build fails all the same, and a failed build's output is never kept.
        var log = new ConcurrentQueue<string>();
        var engine = NewEngine(
        [
            P("broken").Process(new ThrowingModule(new InvalidDataException("bad"))),
            P("dependent", "broken")
                .Process(new RecordingModule(log))
                .PostProcess(new RecordingModule(log)),
            P("other").PostProcess(new RecordingModule(log)),
        ]);

        var ex = await Assert.ThrowsAsync<PipelineException>(() => engine.RunAsync(Run(), Ct));

        Assert.Equal("broken", ex.Pipeline);
        Assert.DoesNotContain(log, entry => entry.Contains("dependent", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_WhenAModuleFails_CancelsTheOtherPipelinesAndThrowsTheFailureNotTheCancellation()
    {
        var slowStarted = Signal();
        var slow = new WaitForCancellationModule(slowStarted);
        var engine = NewEngine(
        [
            P("slow").Process(slow),
            P("broken").Process(
                new ThrowingModule(new InvalidDataException("bad"), () => TestLimits.Wait(slowStarted, Ct))),
        ]);

        var ex = await Assert.ThrowsAsync<PipelineException>(() => engine.RunAsync(Run(), Ct));

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
        var engine = NewEngine(
        [
            P("fonts").Process(new ThrowingModule(timeout)),
            P("pages"),
        ]);

        var ex = await Assert.ThrowsAnyAsync<Exception>(() => engine.RunAsync(Run(), Ct));

        var failure = Assert.IsType<PipelineException>(ex);
        Assert.Equal(("fonts", Phase.Process, nameof(ThrowingModule)), (failure.Pipeline, failure.Phase, failure.Module));
        Assert.Same(timeout, failure.InnerException);
    }

    [Fact]
    public async Task Run_WhenTheCallerHasCancelled_ThrowsOperationCanceledAndRunsNoModule()
    {
        var log = new ConcurrentQueue<string>();
        var engine = NewEngine([P("pages").Input(new RecordingModule(log)).Process(new RecordingModule(log))]);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => engine.RunAsync(Run(), cancelled.Token));

        Assert.Empty(log);
    }

    // ---- Diagnostics and timings ----

    [Fact]
    public async Task Run_ReturnsReportedDiagnosticsSortedByFileThenLineThenMessage()
    {
        var engine = NewEngine(
        [
            P("a").Process(new ReportingModule(
            [
                Diagnostic.Warning("z", "b.md", 1),
                Diagnostic.Error("b", "a.md", 10),
                Diagnostic.Info("x", "a.md", 2),
            ])),
            P("b").PostProcess(new ReportingModule(
            [
                Diagnostic.Warning("a", "a.md", 10),
                Diagnostic.Error("y", "b.md", 1),
            ])),
        ]);

        var result = await engine.RunAsync(Run(), Ct);

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
        var engine = NewEngine(
        [
            P("a", "b").Input(new SourceModule(Doc("1", "1"), Doc("2", "2"), Doc("3", "3"))),
            P("b")
                .Input(new SourceModule(Doc("x", "x"), Doc("y", "y")))
                .Process(new TakeModule(1)),
        ]);

        var result = await engine.RunAsync(Run(), Ct);

        Assert.Equal(
            [
                ("b", Phase.Input, 2), ("b", Phase.Process, 1), ("b", Phase.PostProcess, 1),
                ("a", Phase.Input, 3), ("a", Phase.Process, 3), ("a", Phase.PostProcess, 3),
            ],
            result.Timings.Select(t => (t.Pipeline, t.Phase, t.Documents)));
    }

    [Fact]
    public async Task Run_RaisesPhaseCompletedOncePerPipelineAndPhaseWithTheReturnedTimings()
    {
        var raised = new ConcurrentQueue<PipelineTiming>();
        var engine = NewEngine(
        [
            P("pages", "articles").Input(new SourceModule(Doc("p", "p"))),
            P("articles").Input(new SourceModule(Doc("a", "a"), Doc("b", "b"))),
        ]);
        engine.PhaseCompleted += raised.Enqueue;

        var result = await engine.RunAsync(Run(), Ct);

        Assert.Equal(6, raised.Count);
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
        Action After(TaskCompletionSource done) => () => TestLimits.Wait(done, Ct);
        var engine = NewEngine(
        [
            P("left").Process(new ReportingModule(fromLeft, leftFirst ? null : After(rightDone), leftDone)),
            P("right").Process(new ReportingModule(fromRight, leftFirst ? After(leftDone) : null, rightDone)),
        ]);

        return (await engine.RunAsync(Run(), Ct)).Diagnostics;
    }
}
