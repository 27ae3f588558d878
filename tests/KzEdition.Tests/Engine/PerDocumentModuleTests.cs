using System.Collections.Immutable;
using KzEdition.Engine;

namespace KzEdition.Tests.Engine;

public sealed class PerDocumentModuleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ImmutableArray<Document> Docs(params string[] sources) =>
        [.. sources.Select(s => Document.Create(s, null, s))];

    [Fact]
    public async Task Execute_WhenDocumentsFinishOutOfOrder_ReturnsThemInInputOrder()
    {
        // Each document waits until the next one has finished, so they finish in reverse pairs:
        // 1 before 0, 3 before 2. Needs only two documents in flight at a time.
        var inputs = Docs("0", "1", "2", "3");
        var finished = inputs.Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var completion = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var module = new DelegatePerDocumentModule(async document =>
        {
            var i = int.Parse(document.Source!, System.Globalization.CultureInfo.InvariantCulture);
            if (i % 2 == 0)
            {
                await finished[i + 1].Task.WaitAsync(TestLimits.Rendezvous, Ct);
            }
            else
            {
                await Task.Yield();
            }

            completion.Enqueue(document.Source!);
            finished[i].TrySetResult();
            return [document.WithContent($"done {i}")];
        });

        var outputs = await module.ExecuteAsync(inputs, new FakeExecutionContext(Ct));

        Assert.Equal(["done 0", "done 1", "done 2", "done 3"], outputs.Select(d => d.Content));
        Assert.Equal(["1", "0", "3", "2"], completion);
    }

    [Fact]
    public async Task Execute_WhenADocumentBecomesNoneOrSeveral_KeepsTheGroupsInInputOrder()
    {
        var module = new DelegatePerDocumentModule(document => Task.FromResult<IEnumerable<Document>>(document.Source switch
        {
            "a" => [document.WithContent("a1"), document.WithContent("a2")],
            "b" => [],
            _ => [document],
        }));

        var outputs = await module.ExecuteAsync(Docs("a", "b", "c"), new FakeExecutionContext(Ct));

        Assert.Equal(["a1", "a2", "c"], outputs.Select(d => d.Content));
    }

    [Fact]
    public async Task Execute_WhenThereAreNoDocuments_ReturnsNone()
    {
        var module = new DelegatePerDocumentModule(document => throw new InvalidOperationException("not called"));

        var outputs = await module.ExecuteAsync([], new FakeExecutionContext(Ct));

        Assert.Empty(outputs);
    }

    [Fact]
    public async Task Execute_WhenADocumentFails_ThrowsDocumentExceptionNamingItWithTheCause()
    {
        var module = new FailOnSourceModule("input/b.md");

        var ex = await Assert.ThrowsAsync<DocumentException>(() =>
            module.ExecuteAsync(Docs("input/a.md", "input/b.md", "input/c.md"), new FakeExecutionContext(Ct)));

        Assert.Equal("input/b.md", ex.DocumentName);
        var inner = Assert.IsType<FormatException>(ex.InnerException);
        Assert.Equal("cannot parse input/b.md", inner.Message);
        Assert.Equal(inner.Message, ex.Message);
    }

    [Fact]
    public async Task Execute_WhenAGeneratedDocumentFails_NamesItsDestination()
    {
        var module = new DelegatePerDocumentModule(_ => throw new InvalidDataException("bad"));

        var ex = await Assert.ThrowsAsync<DocumentException>(() =>
            module.ExecuteAsync([Document.Create(null, "feed.xml", "")], new FakeExecutionContext(Ct)));

        Assert.Equal("feed.xml", ex.DocumentName);
    }

    [Fact]
    public async Task Execute_WhenADocumentThrowsABuildException_LetsItThroughUnwrapped()
    {
        var diagnostic = Diagnostic.Error("unclosed quote", "input/a.md", 3, 4);
        var module = new DelegatePerDocumentModule(_ => throw new BuildException(diagnostic));

        var ex = await Assert.ThrowsAsync<BuildException>(() => module.ExecuteAsync(Docs("input/a.md"), new FakeExecutionContext(Ct)));

        Assert.Equal([diagnostic], ex.Diagnostics);
    }

    [Fact]
    public void Name_IsTheTypeNameUnlessOverridden()
    {
        Assert.Equal(nameof(DelegatePerDocumentModule), new DelegatePerDocumentModule(d => Task.FromResult<IEnumerable<Document>>([d])).Name);
        Assert.Equal("FailOnSource", new FailOnSourceModule("x").Name);
    }
}
