using System.Collections.Immutable;
using KzEdition.Engine;

namespace KzEdition.Tests.Engine;

public sealed class RememberedWhileUntouchedTests
{
    private static FakeExecutionContext Context => new(TestContext.Current.CancellationToken);

    /// <summary>Makes a new document each time it runs, and counts its runs.</summary>
    private sealed class ReadingModule : IModule
    {
        public int Runs { get; private set; }

        public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
        {
            Runs++;
            return Task.FromResult(ImmutableArray.Create(Document.Create("input/sources/a.txt", null, $"read {Runs}")));
        }
    }

    [Fact]
    public async Task WhileUntouched_TheLastDocumentsComeBackUnread_AndATouchReadsAgain()
    {
        var reading = new ReadingModule();
        var touched = true;
        var module = new RememberedWhileUntouched(new MemoStore(), () => !touched, reading);

        var first = await module.ExecuteAsync([], Context);
        touched = false;
        var again = await module.ExecuteAsync([], Context);
        touched = true;
        var afterTouch = await module.ExecuteAsync([], Context);

        Assert.Equal(first, again);
        Assert.Equal("read 2", Assert.Single(afterTouch).Content);
        Assert.Equal(2, reading.Runs);
    }

    [Fact]
    public async Task WithoutAStore_ItAlwaysReads()
    {
        var reading = new ReadingModule();
        var module = new RememberedWhileUntouched(null, () => true, reading);

        await module.ExecuteAsync([], Context);
        await module.ExecuteAsync([], Context);

        Assert.Equal(2, reading.Runs);
    }
}
