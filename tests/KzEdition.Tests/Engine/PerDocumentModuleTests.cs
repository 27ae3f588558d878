using System.Collections.Concurrent;
using System.Collections.Immutable;
using KzEdition.Engine;
using static KzEdition.Tests.Engine.TestDocuments;
using BuildEngine = KzEdition.Engine.Engine;

namespace KzEdition.Tests.Engine;

/// <summary>How the engine runs per-document modules: in parallel, in order, one pass for consecutive ones, failures named.</summary>
public sealed class PerDocumentModuleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Document[] Docs(params string[] sources) => [.. sources.Select(s => Doc(s, s))];

    private static async Task<ImmutableArray<Document>> RunAsync(Document[] inputs, params IModule[] modules)
    {
        var engine = new BuildEngine([Pipeline.Named("p").Input(new SourceModule(inputs)).Process(modules).Build()]);
        return (await engine.RunAsync(Run(), Ct)).Outputs["p"];
    }

    [Fact]
    public async Task Run_WhenDocumentsFinishOutOfOrder_ReturnsThemInInputOrder()
    {
        // Each even document waits until the next one has finished, so they finish in reverse pairs:
        // 1 before 0, 3 before 2. Needs only two documents in flight at a time.
        var finished = Enumerable.Range(0, 4).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var completion = new ConcurrentQueue<string>();
        var module = new DelegatePerDocumentModule(document =>
        {
            var i = int.Parse(document.Source!, System.Globalization.CultureInfo.InvariantCulture);
            if (i % 2 == 0)
            {
                TestLimits.Wait(finished[i + 1], Ct);
            }

            completion.Enqueue(document.Source!);
            finished[i].TrySetResult();
            return [document.With(Keys.Text, $"done {i}")];
        });

        var outputs = await RunAsync(Docs("0", "1", "2", "3"), module);

        Assert.Equal(["done 0", "done 1", "done 2", "done 3"], outputs.Select(TestDocuments.Text));
        Assert.NotEqual(["0", "1", "2", "3"], completion);
    }

    [Fact]
    public async Task Run_WhenADocumentBecomesNoneOrSeveral_KeepsTheGroupsInInputOrder()
    {
        var module = new DelegatePerDocumentModule(document => document.Source switch
        {
            "a" => [document.With(Keys.Text, "a1"), document.With(Keys.Text, "a2")],
            "b" => [],
            _ => [document],
        });

        var outputs = await RunAsync(Docs("a", "b", "c"), module);

        Assert.Equal(["a1", "a2", "c"], outputs.Select(TestDocuments.Text));
    }

    [Fact]
    public async Task Run_ConsecutivePerDocumentModules_TakeEachDocumentThroughAllOfThemInOnePass()
    {
        // The second module sees the first document before the first module has seen the last:
        // a page is made and written before the next is taken (a build does not hold the whole site).
        var seen = new ConcurrentQueue<string>();
        var lastStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var firstDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = new DelegatePerDocumentModule(document =>
        {
            if (document.Source == "z")
            {
                TestLimits.Wait(firstDone, Ct);
            }

            return [document];
        });
        var second = new DelegatePerDocumentModule(document =>
        {
            seen.Enqueue(document.Source!);
            if (document.Source == "a")
            {
                firstDone.TrySetResult();
            }

            return [document];
        });

        var outputs = await RunAsync(Docs("a", "z"), first, second);

        Assert.Equal(["a", "z"], outputs.Select(d => d.Source));
        Assert.Equal("a", seen.First());
    }

    [Fact]
    public async Task Run_WhenThereAreNoDocuments_ReturnsNone()
    {
        Assert.Empty(await RunAsync([], new AppendModule("!")));
    }

    [Fact]
    public async Task Run_WhenADocumentFails_NamesItAndTheModuleWithTheCause()
    {
        var ex = await Assert.ThrowsAsync<PipelineException>(() => RunAsync(Docs("input/a.md", "input/b.md"), new AppendModule("+"), new FailOnSourceModule("input/b.md")));

        Assert.Equal(("FailOnSource", "input/b.md"), (ex.Module, ex.DocumentName));
        Assert.Equal("cannot parse input/b.md+", Assert.IsType<FormatException>(ex.InnerException).Message);
    }

    [Fact]
    public async Task Run_WhenAGeneratedDocumentFails_NamesItsDestination()
    {
        var ex = await Assert.ThrowsAsync<PipelineException>(() =>
            RunAsync([Doc(null, "x", "sitemap.xml")], new DelegatePerDocumentModule(_ => throw new InvalidDataException("bad"))));

        Assert.Equal("sitemap.xml", ex.DocumentName);
    }

    [Fact]
    public async Task Run_WhenSeveralDocumentsAreBadInput_ReportsEveryErrorTogether()
    {
        var module = new DelegatePerDocumentModule(document => throw new BuildException(Diagnostic.Error("unreadable", document.Source, 1)));

        var ex = await Assert.ThrowsAsync<PipelineException>(() => RunAsync(Docs("b.txt", "a.txt", "c.txt"), module));

        var failure = Assert.IsType<BuildException>(ex.InnerException);
        Assert.Equal(["a.txt", "b.txt", "c.txt"], failure.Diagnostics.Select(d => d.File));
    }

    [Fact]
    public async Task Run_WhenOneDocumentIsBadInput_LetsItsBuildExceptionThroughAsItIs()
    {
        var bad = new BuildException(Diagnostic.Error("unreadable", "a.txt"));

        var ex = await Assert.ThrowsAsync<PipelineException>(() => RunAsync(Docs("a.txt", "b.txt"), new DelegatePerDocumentModule(d => d.Source == "a.txt" ? throw bad : [d])));

        Assert.Same(bad, ex.InnerException);
        Assert.Equal("a.txt", ex.DocumentName);
    }

    [Fact]
    public void Name_IsTheTypeNameUnlessOverridden()
    {
        Assert.Equal(nameof(DelegatePerDocumentModule), new DelegatePerDocumentModule(d => [d]).Name);
        Assert.Equal("FailOnSource", new FailOnSourceModule("x").Name);
    }
}
