using KzEdition.Preview;
using KzEdition.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace KzEdition.Tests.Preview;

/// <summary>
/// The scheduler with a fake clock and a scripted build function: time moves only when the test
/// says, and each build runs until the test ends it, so save storms and changes during a build
/// are played out exactly, with no sleeping and no luck.
/// </summary>
public sealed class RebuildSchedulerTests : IAsyncDisposable
{
    private static readonly TimeSpan Quiet = RebuildScheduler.DefaultQuietPeriod;

    private readonly FakeTimeProvider _clock = new();
    private readonly ScriptedBuilds _builds = new();
    private readonly RebuildScheduler _scheduler;

    public RebuildSchedulerTests()
    {
        _scheduler = new RebuildScheduler(_builds.BuildAsync, _builds.Faults.Enqueue, Quiet, _clock);
    }

    public ValueTask DisposeAsync() => _scheduler.DisposeAsync();

    [Fact]
    public async Task FiftyFilesSavedAtOnce_MakeOneBuild_GivenEveryPath()
    {
        var paths = Enumerable.Range(0, 50).Select(i => $"/edition/input/articles/article-{i:00}.md").ToArray();
        foreach (var path in paths)
        {
            _scheduler.Notify(path);
        }

        _clock.Advance(Quiet);
        var build = await _builds.NextAsync();
        build.Finish();
        await _scheduler.WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        Assert.Single(_builds.Calls);
        Assert.Equal(paths.Order(StringComparer.Ordinal), build.Changed);
    }

    [Fact]
    public async Task TheSameFileSavedTwice_IsGivenOnce()
    {
        _scheduler.Notify("/edition/input/edition.yml");
        _scheduler.Notify("/edition/input/edition.yml");
        _clock.Advance(Quiet);

        var build = await _builds.NextAsync();

        Assert.Equal(["/edition/input/edition.yml"], build.Changed);
        build.Finish();
    }

    [Fact]
    public async Task EachChange_StartsTheQuietPeriodAgain()
    {
        _scheduler.Notify("/edition/input/a.md");
        _clock.Advance(Quiet - TimeSpan.FromMilliseconds(25));
        _scheduler.Notify("/edition/input/b.md");
        _clock.Advance(Quiet - TimeSpan.FromMilliseconds(25));

        // Changes are still coming (the last one 50 ms ago): no build yet.
        Assert.Empty(_builds.Calls);
        Assert.False(_scheduler.WhenIdleAsync().IsCompleted);

        _clock.Advance(TimeSpan.FromMilliseconds(25));
        var build = await _builds.NextAsync();

        Assert.Equal(["/edition/input/a.md", "/edition/input/b.md"], build.Changed);
        build.Finish();
    }

    [Fact]
    public async Task ChangesDuringABuild_MakeExactlyOneMoreBuild_AfterIt_NeverAtTheSameTime()
    {
        _scheduler.Notify("/edition/theme/layouts/article.html");
        _clock.Advance(Quiet);
        var first = await _builds.NextAsync();

        // While the first build runs: a storm, quiet long since when the build ends.
        for (var i = 0; i < 10; i++)
        {
            _scheduler.Notify($"/edition/input/articles/a{i}.md");
            _clock.Advance(TimeSpan.FromMilliseconds(10));
        }

        _clock.Advance(Quiet * 3);
        first.Finish();
        var second = await _builds.NextAsync();
        second.Finish();
        await _scheduler.WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        Assert.Equal(2, _builds.Calls.Count);
        Assert.Equal(1, _builds.MostAtOnce);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"/edition/input/articles/a{i}.md"), second.Changed);
    }

    [Fact]
    public async Task ChangesStillComingWhenABuildEnds_WaitForQuietBeforeTheNextBuild()
    {
        _scheduler.Notify("/edition/input/a.md");
        _clock.Advance(Quiet);
        var first = await _builds.NextAsync();
        _scheduler.Notify("/edition/input/b.md");
        first.Finish();
        await first.Ended;

        _scheduler.Notify("/edition/input/c.md");
        _clock.Advance(Quiet);
        var second = await _builds.NextAsync();
        second.Finish();
        await _scheduler.WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        Assert.Equal(["/edition/input/b.md", "/edition/input/c.md"], second.Changed);
        Assert.Equal(2, _builds.Calls.Count);
    }

    [Fact]
    public async Task AfterTheWatcherLostTrack_TheBuildIsToldAnythingMayHaveChanged()
    {
        _scheduler.Notify("/edition/input/a.md");
        _scheduler.NotifyEverything();
        _clock.Advance(Quiet);

        var build = await _builds.NextAsync();

        Assert.Null(build.Changed);
        build.Finish();
    }

    [Fact]
    public async Task ABuildThatThrows_IsReported_AndTheNextChangeBuildsAgain()
    {
        _scheduler.Notify("/edition/input/a.md");
        _clock.Advance(Quiet);
        var failing = await _builds.NextAsync();
        failing.Fail(new IOException("disk full"));
        await _scheduler.WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        _scheduler.Notify("/edition/input/b.md");
        _clock.Advance(Quiet);
        var next = await _builds.NextAsync();
        next.Finish();

        Assert.IsType<IOException>(Assert.Single(_builds.Faults));
        Assert.Equal(["/edition/input/b.md"], next.Changed);
    }

    [Fact]
    public async Task Disposing_CancelsTheRunningBuild_AndBuildsNothingMore()
    {
        _scheduler.Notify("/edition/input/a.md");
        _clock.Advance(Quiet);
        var running = await _builds.NextAsync();
        _scheduler.Notify("/edition/input/b.md");

        await _scheduler.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        _scheduler.Notify("/edition/input/c.md");
        _clock.Advance(Quiet * 10);

        Assert.Single(_builds.Calls);
        Assert.Empty(_builds.Faults);
        Assert.False(running.Ended.IsCompleted, "the build was cancelled through its token, not finished");
    }
}
