using System.Collections.Immutable;
using KzEdition.Engine;
using KzEdition.Modules;
using static KzEdition.Tests.Engine.TestDocuments;
using BuildEngine = KzEdition.Engine.Engine;

namespace KzEdition.Tests.Engine;

/// <summary>
/// The engine lets go of the values no module still to run declares it reads, when the caller names
/// what it reads of the result; what a later module declares (by name, or through documents taken
/// whole and read further down) is kept.
/// </summary>
public sealed class KeyLivenessTests
{
    private static readonly Key<string> Draft = new("Draft");
    private static readonly Key<string> Summary = new("Summary");
    private static readonly Key<string> Note = new("Note");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Records the keys of the documents it is given; reads the keys it is told to.</summary>
    private sealed class SeeKeys(params IKey[] reads) : AllDocumentsModule
    {
        public List<string> Seen { get; } = [];

        public override Reads Reads { get; } = Reads.Of(reads).NotRemembered();

        public override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
        {
            Seen.AddRange(inputs.Select(d => string.Join(",", d.Keys.Select(k => k.Name).Order(StringComparer.Ordinal))));
            return inputs;
        }
    }

    /// <summary>Reads one key of each document, and passes it on.</summary>
    private sealed class ReadOne(IKey key) : PerDocumentModule
    {
        public override Reads Reads { get; } = Reads.Of(key).NotRemembered();

        public override IEnumerable<Document> Execute(Document input, IExecutionContext context) => [input];
    }

    /// <summary>Records the keys of another pipeline's documents, of which it reads one.</summary>
    private sealed class SeeKeysOf(string pipeline, IKey read) : AllDocumentsModule
    {
        public List<string> Seen { get; } = [];

        public override Reads Reads { get; } = new Reads().From(pipeline, read).NotRemembered();

        public override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
        {
            Seen.AddRange(context.OutputsOf(pipeline).Select(d => string.Join(",", d.Keys.Select(k => k.Name).Order(StringComparer.Ordinal))));
            return inputs;
        }
    }

    private static Document Written() => Doc("a.md", "text").With(Draft, "draft").With(Summary, "summary").With(Note, "note");

    [Fact]
    public async Task AValueNoLaterModuleReads_IsLetGoAfterTheProcessPhase_AndTheResultHoldsWhatTheCallerKeeps()
    {
        var page = new SeeKeys(Summary);
        var pipelines = new[]
        {
            Pipeline.Named("articles").Input(new SourceModule(Written())).PostProcess(page).Build(),
        };

        var result = await new BuildEngine(pipelines).RunAsync(Run() with { Kept = new HashSet<IKey> { Note } }, Ct);

        Assert.Equal(["Note,Summary"], page.Seen); // the draft and the text let go; the note kept for the caller
        Assert.Equal(["Note"], result.Outputs["articles"].Single().Keys.Select(k => k.Name));
    }

    [Fact]
    public async Task DocumentsTakenWhole_KeepWhatTheModulesAfterThemRead_DownThePipelinesTheyFlowInto()
    {
        var print = new SeeKeys(Draft);
        var pipelines = new[]
        {
            Pipeline.Named("articles").Input(new SourceModule(Written())).Build(),
            Pipeline.Named("copies").DependsOn("articles").Process(new ReadFromPipeline("articles")).Build(),
            Pipeline.Named("print").PostProcess(new ReadFromPipeline("copies"), print).Build(),
        };

        await new BuildEngine(pipelines).RunAsync(Run() with { Kept = new HashSet<IKey>() }, Ct);

        Assert.Equal(["Draft"], print.Seen);
    }

    [Fact]
    public async Task WithinAPhase_AValueOnlyAnEarlierStageReads_IsLetGoBeforeTheModulesAfterIt()
    {
        // The print edition's case: each article's body is read by the per-article stage, and the
        // module that joins the parts must not find every body still held.
        var join = new SeeKeys(Summary);
        var pipelines = new[]
        {
            Pipeline.Named("articles").Input(new SourceModule(Written())).PostProcess(new ReadOne(Draft), join).Build(),
        };

        await new BuildEngine(pipelines).RunAsync(Run() with { Kept = new HashSet<IKey> { Note } }, Ct);

        Assert.Equal(["Note,Summary"], join.Seen);
    }

    [Fact]
    public async Task AValueOfAnotherPipeline_IsLetGoOnceEveryPhaseThatReadsItHasFinished()
    {
        // "index" reads the draft in its Process phase; "late" runs after it and reads the summary:
        // by then no phase still to finish reads the draft, and the articles no longer hold it.
        var late = new SeeKeysOf("articles", Summary);
        var pipelines = new[]
        {
            Pipeline.Named("articles").Input(new SourceModule(Written())).Build(),
            Pipeline.Named("index").DependsOn("articles").Process(new SeeKeysOf("articles", Draft)).Build(),
            Pipeline.Named("late").DependsOn("articles", "index").Process(late).Build(),
        };

        await new BuildEngine(pipelines).RunAsync(Run() with { Kept = new HashSet<IKey> { Note } }, Ct);

        Assert.Equal(["Note,Summary"], late.Seen);
    }

    [Fact]
    public async Task WithoutKeysToKeep_EveryValueStays()
    {
        var page = new SeeKeys(Summary);
        var pipelines = new[] { Pipeline.Named("articles").Input(new SourceModule(Written())).PostProcess(page).Build() };

        var result = await new BuildEngine(pipelines).RunAsync(Run(), Ct);

        Assert.Equal(["Draft,Note,Summary,Text"], page.Seen);
        Assert.Equal(4, result.Outputs["articles"].Single().Keys.Count());
    }
}
