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
    public async Task WithoutKeysToKeep_EveryValueStays()
    {
        var page = new SeeKeys(Summary);
        var pipelines = new[] { Pipeline.Named("articles").Input(new SourceModule(Written())).PostProcess(page).Build() };

        var result = await new BuildEngine(pipelines).RunAsync(Run(), Ct);

        Assert.Equal(["Draft,Note,Summary,Text"], page.Seen);
        Assert.Equal(4, result.Outputs["articles"].Single().Keys.Count());
    }
}
