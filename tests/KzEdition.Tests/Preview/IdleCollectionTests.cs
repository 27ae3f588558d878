using KzEdition.Preview;

namespace KzEdition.Tests.Preview;

/// <summary>
/// The preview collects the heap's young generations between edits, not during them
/// (<see cref="IdleCollection"/>): once after each build, when it has been idle for the delay.
/// </summary>
public sealed class IdleCollectionTests
{
    /// <summary>How long to wait for what must happen: far beyond any delay here, however busy the machine.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task AfterABuild_TheCollectionRunsOnce_WhenTheDelayHasPassed()
    {
        var collections = new Collections();
        using var idle = new IdleCollection(TimeSpan.FromMilliseconds(50), collections.Collect);

        idle.BuildStarted();
        idle.BuildFinished();

        await collections.First.WaitAsync(Patience, TestContext.Current.CancellationToken);
        idle.Requested(); // a page asked for after the collection: nothing more is due
        await Task.Delay(300, TestContext.Current.CancellationToken);
        Assert.Equal(1, collections.Count);
    }

    [Fact]
    public async Task ABuildStartedWithinTheDelay_PutsTheCollectionOff_UntilItHasFinished()
    {
        var collections = new Collections();
        using var idle = new IdleCollection(TimeSpan.FromMilliseconds(100), collections.Collect);

        idle.BuildStarted();
        idle.BuildFinished();
        idle.BuildStarted();
        await Task.Delay(500, TestContext.Current.CancellationToken);
        Assert.Equal(0, collections.Count);

        idle.BuildFinished();
        await collections.First.WaitAsync(Patience, TestContext.Current.CancellationToken);
        Assert.Equal(1, collections.Count);
    }

    [Fact]
    public async Task PagesAskedForWithinTheDelay_PutTheCollectionOff_UntilTheyStop()
    {
        var collections = new Collections();
        using var idle = new IdleCollection(TimeSpan.FromMilliseconds(600), collections.Collect);

        idle.BuildStarted();
        idle.BuildFinished();
        var asking = System.Diagnostics.Stopwatch.StartNew();
        while (asking.Elapsed < TimeSpan.FromSeconds(1.2))
        {
            idle.Requested();
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        Assert.Equal(0, collections.Count);
        await collections.First.WaitAsync(Patience, TestContext.Current.CancellationToken);
        Assert.Equal(1, collections.Count);
    }

    [Fact]
    public async Task BeforeAnyBuild_PagesAskedFor_AreNoReasonToCollect()
    {
        var collections = new Collections();
        using var idle = new IdleCollection(TimeSpan.FromMilliseconds(50), collections.Collect);

        idle.Requested();
        await Task.Delay(300, TestContext.Current.CancellationToken);

        Assert.Equal(0, collections.Count);
    }

    /// <summary>Counts the collections asked for, and tells when the first came.</summary>
    private sealed class Collections
    {
        private readonly TaskCompletionSource _first = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public Task First => _first.Task;

        public void Collect()
        {
            Interlocked.Increment(ref _count);
            _first.TrySetResult();
        }
    }
}
