using System.Collections.Concurrent;
using System.Collections.Immutable;
using KzEdition.Engine;
using KzEdition.Engine.Memo;
using static KzEdition.Tests.Engine.TestDocuments;
using BuildEngine = KzEdition.Engine.Engine;

namespace KzEdition.Tests.Engine;

/// <summary>The engine's memory of module results: by exactly what each module declares it reads, and nothing else.</summary>
public sealed class MemoTests
{
    private static readonly Key<string> Title = new("Title");
    private static readonly Key<string> Note = new("Note");
    private static readonly Key<Vocabulary> Words = new("Words");
    private static readonly Resource<string> Setting = new("Setting");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<ImmutableArray<Document>> RunAsync(MemoStore store, Document[] inputs, IModule module, Resources? resources = null, IReadOnlyCollection<string>? changed = null)
    {
        var engine = new BuildEngine([Pipeline.Named("p").Input(new SourceModule(inputs)).Process(module).Build()]);
        var result = await engine.RunAsync(new EngineRun(resources ?? Resources.None, new RecordingSink()) { Store = store, ChangedPaths = changed }, Ct);
        store.EndBuild(succeeded: true);
        return result.Outputs["p"];
    }

    /// <summary>Upper-cases the title; counts its runs; reports a message for each document.</summary>
    private sealed class Shout : PerDocumentModule
    {
        public ConcurrentQueue<string> Runs { get; } = new();

        public override Reads Reads { get; } = Reads.Of(Title);

        public override IEnumerable<Document> Execute(Document input, IExecutionContext context)
        {
            Runs.Enqueue(input.Get(Title));
            context.Report(Diagnostic.Info("shouted", input.Source));
            return [input.With(Title, input.Get(Title).ToUpperInvariant())];
        }
    }

    [Fact]
    public async Task APerDocumentResult_IsRememberedByTheDeclaredKeys_AndWhatTheModuleDoesNotReadFlowsThrough()
    {
        var store = new MemoStore();
        var shout = new Shout();
        await RunAsync(store, [Doc("a", "").With(Title, "a").With(Note, "one")], shout);

        var outputs = await RunAsync(store, [Doc("a", "").With(Title, "a").With(Note, "two")], shout);

        Assert.Single(shout.Runs);
        var output = Assert.Single(outputs);
        Assert.Equal(("A", "two"), (output.Get(Title), output.Get(Note)));
        Assert.Equal((1, 0), store.Statistics["p/Shout"]);
    }

    [Fact]
    public async Task WhenADeclaredValueChanges_OnlyThatDocumentRunsAgain()
    {
        var store = new MemoStore();
        var shout = new Shout();
        await RunAsync(store, [Doc("a", "").With(Title, "a"), Doc("b", "").With(Title, "b")], shout);

        var outputs = await RunAsync(store, [Doc("a", "").With(Title, "a"), Doc("b", "").With(Title, "bee")], shout);

        Assert.Equal(["a", "b", "bee"], shout.Runs.Order(StringComparer.Ordinal));
        Assert.Equal(["A", "BEE"], outputs.Select(d => d.Get(Title)));
    }

    /// <summary>A record made anew at every run, as a module that assembles the whole edition makes its articles.</summary>
    private sealed record Entry(string Text, int Length);

    private static readonly Key<Entry> Made = new("Made");

    /// <summary>Makes a new <see cref="Entry"/> of each document's title at every run.</summary>
    private sealed class MakeEntries : AllDocumentsModule
    {
        public override Reads Reads { get; } = Reads.Of(Title);

        public override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context) =>
            [.. inputs.Select(d => Document.Create(d.Source, null).With(Made, new Entry(d.Get(Title), d.Get(Title).Length)))];
    }

    [Fact]
    public async Task AnAllDocumentsModuleRunAgain_GivesBackItsLastObjects_WhereItsNewValuesEqualThem()
    {
        var store = new MemoStore();
        var module = new MakeEntries();
        var first = await RunAsync(store, [Doc("a", "").With(Title, "a"), Doc("b", "").With(Title, "b")], module);

        var second = await RunAsync(store, [Doc("a", "").With(Title, "a"), Doc("b", "").With(Title, "bee")], module);

        // Run again (an input changed): the unchanged document's entry is the object made before, the changed one is new.
        Assert.Same(first[0].Get(Made), second[0].Get(Made));
        Assert.Same(first[0], second[0]);
        Assert.Equal(new Entry("bee", 3), second[1].Get(Made));
        Assert.NotSame(first[1].Get(Made), second[1].Get(Made));

        var plain = await RunAsync(MemoStore.Forgetful, [Doc("a", "").With(Title, "a")], module);
        Assert.NotSame(first[0].Get(Made), plain[0].Get(Made));
    }

    [Fact]
    public async Task ARememberedResult_ReportsWhatTheModuleReportedWhenItMadeIt()
    {
        var store = new MemoStore();
        var shout = new Shout();
        var engine = new BuildEngine([Pipeline.Named("p").Input(new SourceModule(Doc("a.md", "").With(Title, "a"))).Process(shout).Build()]);
        await engine.RunAsync(new EngineRun(Resources.None, new RecordingSink()) { Store = store }, Ct);

        var again = await engine.RunAsync(new EngineRun(Resources.None, new RecordingSink()) { Store = store }, Ct);

        Assert.Single(shout.Runs);
        Assert.Equal([Diagnostic.Info("shouted", "a.md")], again.Diagnostics);
    }

    [Fact]
    public async Task APlainBuild_RemembersNothing_AndMakesNoFingerprints()
    {
        var shout = new Shout();
        var unfingerprintable = new object();
        var module = new DelegatePerDocumentModule(d => [d]);

        await RunAsync(MemoStore.Forgetful, [Doc("a", "").With(Title, "a")], shout);
        await RunAsync(MemoStore.Forgetful, [Doc("a", "").With(Title, "a")], shout);
        await RunAsync(MemoStore.Forgetful, [Doc("a", "x").With(new Key<object>("Opaque"), unfingerprintable)], new ReadsOpaque());

        Assert.Equal(2, shout.Runs.Count);
    }

    private sealed class ReadsOpaque : PerDocumentModule
    {
        public override Reads Reads { get; } = Reads.Of(new Key<object>("Opaque"));

        public override IEnumerable<Document> Execute(Document input, IExecutionContext context) => [input];
    }

    [Fact]
    public async Task AModuleReadingAKeyItDoesNotDeclare_FailsNamingModuleAndKey()
    {
        var sneaky = new DelegatePerDocumentModule(d => [d.With(Keys.Text, d.Get(Title))]);

        var ex = await Assert.ThrowsAsync<PipelineException>(() => RunAsync(new MemoStore(), [Doc("a", "x").With(Title, "t")], sneaky));

        Assert.Contains("DelegatePerDocumentModule reads 'Title', which it does not declare", ex.InnerException!.Message, StringComparison.Ordinal);
    }

    private sealed class ReadsSetting(bool declare) : AllDocumentsModule
    {
        public override Reads Reads { get; } = declare ? Reads.Nothing.Using(Setting) : Reads.Nothing;

        public override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context) =>
            [.. inputs.Select(d => d.With(Title, context.Get(Setting)))];
    }

    [Fact]
    public async Task AResource_IsReadOnlyWhenDeclared_AndItsValueIsPartOfTheKey()
    {
        var undeclared = await Assert.ThrowsAsync<PipelineException>(() => RunAsync(new MemoStore(), [Doc("a", "")], new ReadsSetting(declare: false), Resources.None.With(Setting, "kk")));
        Assert.Contains("resource 'Setting', which it does not declare", undeclared.InnerException!.Message, StringComparison.Ordinal);

        var store = new MemoStore();
        var module = new ReadsSetting(declare: true);
        Assert.Equal("kk", (await RunAsync(store, [Doc("a", "")], module, Resources.None.With(Setting, "kk")))[0].Get(Title));
        Assert.Equal("ru", (await RunAsync(store, [Doc("a", "")], module, Resources.None.With(Setting, "ru")))[0].Get(Title));
    }

    /// <summary>Words looked up one at a time; what a module asked is all it depends on.</summary>
    private sealed class Vocabulary(IReadOnlySet<string> words, ObservationLog? log = null) : IObservedValue
    {
        public bool Has(string word)
        {
            var found = words.Contains(word);
            log?.Add(word, found);
            return found;
        }

        public object ObservedBy(ObservationLog log) => new Vocabulary(words, log);

        public bool Answers(ObservationLog log) => log.Entries.All(e => words.Contains((string)e.Key) == (bool)e.Value!);
    }

    private sealed class CheckTitle : PerDocumentModule
    {
        public int Runs => _runs;

        private int _runs;

        public override Reads Reads { get; } = Reads.Of(Title).Observing(Words);

        public override IEnumerable<Document> Execute(Document input, IExecutionContext context)
        {
            Interlocked.Increment(ref _runs);
            return [input.With(Note, input.Get(Words).Has(input.Get(Title)) ? "known" : "unknown")];
        }
    }

    [Fact]
    public async Task AnObservedValue_RunsTheModuleAgainOnlyWhenAQueryItMadeAnswersDifferently()
    {
        var store = new MemoStore();
        var check = new CheckTitle();
        Document Page(params string[] words) => Doc("a", "").With(Title, "нато").With(Words, new Vocabulary(words.ToHashSet()));

        Assert.Equal("known", (await RunAsync(store, [Page("нато", "ресей")], check))[0].Get(Note));
        Assert.Equal("known", (await RunAsync(store, [Page("нато", "қытай")], check))[0].Get(Note)); // another word came and went
        Assert.Equal(1, check.Runs);

        Assert.Equal("unknown", (await RunAsync(store, [Page("қытай")], check))[0].Get(Note));
        Assert.Equal(2, check.Runs);
    }

    [Fact]
    public async Task AnAllDocumentsModulesInputsGivenBack_AreThatBuildsInputs()
    {
        var store = new MemoStore();
        var keep = new DelegateAllDocumentsModule(inputs => inputs.Add(Doc("made", "made")));

        await RunAsync(store, [Doc("a", "one").With(Note, "first")], keep);
        var outputs = await RunAsync(store, [Doc("a", "one").With(Note, "second")], keep);

        Assert.Equal(1, keep.Runs);
        Assert.Equal(["second"], outputs.Where(d => d.Source == "a").Select(d => d.Get(Note)));
        Assert.Equal(["a", "made"], outputs.Select(d => d.Source));
    }

    private sealed class DelegateAllDocumentsModule(Func<ImmutableArray<Document>, ImmutableArray<Document>> body) : AllDocumentsModule
    {
        public int Runs { get; private set; }

        public override Reads Reads { get; } = Reads.Of(Keys.Text);

        public override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
        {
            Runs++;
            return body(inputs);
        }
    }

    /// <summary>Joins the titles; keeps each input's title to update from.</summary>
    private sealed class JoinTitles : IncrementalModule<List<string>>
    {
        public ConcurrentQueue<string> Calls { get; } = new();

        public bool FailNextUpdate { get; set; }

        /// <summary>A bug: the update keeps the titles it had, whatever changed.</summary>
        public bool IgnoreChanges { get; set; }

        public override Reads Reads { get; } = Reads.Of(Title);

        public override (ImmutableArray<Document> Outputs, List<string> State) Build(ImmutableArray<Document> inputs, IExecutionContext context)
        {
            Calls.Enqueue("build");
            var titles = inputs.Select(d => d.Get(Title)).ToList();
            return ([Doc(null, string.Join("+", titles))], titles);
        }

        public override (ImmutableArray<Document> Outputs, List<string> State) Update(List<string> state, ImmutableArray<Document> inputs, IReadOnlyList<bool> changed, int previousCount, IExecutionContext context)
        {
            Calls.Enqueue($"update {string.Join("", changed.Select(c => c ? 1 : 0))} from {previousCount}");
            if (FailNextUpdate)
            {
                FailNextUpdate = false;
                state.Clear(); // half updated
                throw new InvalidDataException("failed half way");
            }

            if (IgnoreChanges)
            {
                return ([Doc(null, string.Join("+", state))], state);
            }

            if (state.Count > inputs.Length)
            {
                state.RemoveRange(inputs.Length, state.Count - inputs.Length);
            }

            for (var i = 0; i < inputs.Length; i++)
            {
                if (changed[i])
                {
                    if (i < state.Count)
                    {
                        state[i] = inputs[i].Get(Title);
                    }
                    else
                    {
                        state.Add(inputs[i].Get(Title));
                    }
                }
            }

            return ([Doc(null, string.Join("+", state))], state);
        }
    }

    [Fact]
    public async Task AnIncrementalModule_IsBuiltFirst_ThenUpdatedToldWhatChanged_AndBuiltAgainAfterAFailedUpdate()
    {
        var store = new MemoStore();
        var join = new JoinTitles();
        Document[] Titles(params string[] titles) => [.. titles.Select(t => Doc(t, "").With(Title, t))];

        Assert.Equal("a+b", TestDocuments.Text((await RunAsync(store, Titles("a", "b"), join))[0]));
        Assert.Equal("a+c+d", TestDocuments.Text((await RunAsync(store, Titles("a", "c", "d"), join))[0]));
        join.FailNextUpdate = true;
        await Assert.ThrowsAsync<PipelineException>(() => RunAsync(store, Titles("x"), join));
        Assert.Equal("x", TestDocuments.Text((await RunAsync(store, Titles("x"), join))[0]));

        Assert.Equal(["build", "update 011 from 2", "update 1 from 3", "build"], join.Calls);
    }

    [Fact]
    public async Task AStoreThatChecks_BuildsFromNothingAfterEveryUpdate_AndFailsTheBuildNamingTheModuleWhenTheyDiffer()
    {
        var store = MemoStore.Checking;
        var join = new JoinTitles();
        Document[] Titles(params string[] titles) => [.. titles.Select(t => Doc(t, "").With(Title, t))];

        await RunAsync(store, Titles("a", "b"), join);
        Assert.Equal("a+c", TestDocuments.Text((await RunAsync(store, Titles("a", "c"), join))[0]));
        Assert.Equal(["build", "update 01 from 2", "build"], join.Calls);

        join.IgnoreChanges = true;
        var failure = await Assert.ThrowsAsync<PipelineException>(() => RunAsync(store, Titles("a", "d"), join));
        Assert.Contains("p/JoinTitles: Update gave document 1 ((generated document)): a different Text", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AModuleThatReadsAFolder_IsGivenBackWhileTheWatcherSaysItIsUntouched()
    {
        using var temp = new KzEdition.Tests.Support.TempDirectory();
        var folder = temp.Combine("sources");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "a.txt"), "a");
        var store = new MemoStore();
        var list = new KzEdition.Modules.ListFiles(folder, "sources");

        Assert.Single(await RunAsync(store, [], list, changed: null));
        File.WriteAllText(Path.Combine(folder, "b.txt"), "b");
        Assert.Single(await RunAsync(store, [], list, changed: [temp.Combine("elsewhere.txt")])); // untouched, as the watcher says
        Assert.Equal(2, (await RunAsync(store, [], list, changed: [Path.Combine(folder, "b.txt")])).Length);
        File.WriteAllText(Path.Combine(folder, "c.txt"), "c");
        Assert.Equal(3, (await RunAsync(store, [], list, changed: null)).Length); // not known: read again
    }

    [Fact]
    public async Task AnObservingModule_KeepsOneResultADocument_SoDocumentsAlikeDoNotTakeEachOthersPlace()
    {
        var store = new MemoStore();
        var check = new CheckTitle();
        var vocabulary = new Vocabulary(new HashSet<string> { "нато" });
        Document[] Pages() => [Doc("a", "").With(Title, "нато").With(Words, vocabulary), Doc("b", "").With(Title, "нато").With(Words, vocabulary)];

        await RunAsync(store, Pages(), check);
        await RunAsync(store, Pages(), check);

        Assert.Equal(2, check.Runs);
    }
}
