using KzEdition.Preview;
using KzEdition.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace KzEdition.Tests.Preview;

/// <summary>
/// The scheduler with a fake clock and a scripted build function: time moves only when the test
/// says, and each build runs until the test ends it, so save storms, changes during a build and
/// the wait before an announcement are played out exactly, with no sleeping and no luck.
/// </summary>
public sealed class RebuildSchedulerTests : IAsyncDisposable
{
    private static readonly RebuildTiming Timing = RebuildTiming.Default;
    private static readonly TimeSpan Start = Timing.StartDelay;
    private static readonly TimeSpan Quiet = Timing.QuietPeriod;
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(1);

    private readonly FakeTimeProvider _clock = new();
    private readonly ScriptedBuilds _builds = new();
    private readonly RebuildScheduler<ScriptedBuild> _scheduler;

    public RebuildSchedulerTests()
    {
        _scheduler = new RebuildScheduler<ScriptedBuild>(_builds.BuildAsync, _builds.Announce, _builds.Faults.Enqueue, Timing, _clock);
    }

    public ValueTask DisposeAsync() => _scheduler.DisposeAsync();

    [Fact]
    public void TheDefaults_StartABuildWellBeforeTheQuietPeriodEnds()
    {
        Assert.True(Start > TimeSpan.Zero);
        Assert.True(Start * 4 <= Quiet);
    }

    [Fact]
    public async Task ASave_StartsABuildAfterTheStartDelay_AndIsAnnouncedOnlyOnceTheChangesHaveBeenQuiet()
    {
        _scheduler.Notify("/edition/input/a.md");
        _clock.Advance(Start - Tick);
        Assert.Empty(_builds.Calls);

        _clock.Advance(Tick);
        var build = await _builds.NextAsync();
        await FinishAsync(build);

        // Built, but a save may still be under way: nothing is told yet.
        Assert.Empty(_builds.Announced);
        Assert.False(_scheduler.WhenIdleAsync().IsCompleted);

        _clock.Advance(Quiet - Start - Tick);
        Assert.Empty(_builds.Announced);
        _clock.Advance(Tick);
        await IdleAsync();

        var (announced, changes) = Assert.Single(_builds.Announced);
        Assert.Same(build, announced);
        Assert.Equal(["/edition/input/a.md"], changes);
    }

    [Fact]
    public async Task ABuildLongerThanTheQuietPeriod_IsAnnouncedAsItEnds()
    {
        _scheduler.Notify("/edition/input/a.md");
        _clock.Advance(Start);
        var build = await _builds.NextAsync();
        _clock.Advance(Quiet * 3);
        Assert.Empty(_builds.Announced);

        await FinishAsync(build);
        await IdleAsync();

        Assert.Same(build, Assert.Single(_builds.Announced).Build);
    }

    [Fact]
    public async Task FiftyFilesSavedAtOnce_MakeOneBuild_GivenEveryPath()
    {
        var paths = Enumerable.Range(0, 50).Select(i => $"/edition/input/articles/article-{i:00}.md").ToArray();
        foreach (var path in paths)
        {
            _scheduler.Notify(path);
        }

        _clock.Advance(Start);
        var build = await _builds.NextAsync();
        await FinishAsync(build);
        _clock.Advance(Quiet);
        await IdleAsync();

        Assert.Single(_builds.Calls);
        Assert.Equal(paths.Order(StringComparer.Ordinal), build.Changed);
        Assert.Equal(paths.Order(StringComparer.Ordinal), Assert.Single(_builds.Announced).Changes);
    }

    [Fact]
    public async Task TheSameFileSavedTwice_IsGivenOnce()
    {
        _scheduler.Notify("/edition/input/edition.yml");
        _scheduler.Notify("/edition/input/edition.yml");
        _clock.Advance(Start);

        var build = await _builds.NextAsync();

        Assert.Equal(["/edition/input/edition.yml"], build.Changed);
        build.Finish();
    }

    [Fact]
    public async Task EachChange_StartsTheWaitAgain()
    {
        _scheduler.Notify("/edition/input/a.md");
        _clock.Advance(Start - Tick);
        _scheduler.Notify("/edition/input/b.md");
        _clock.Advance(Start - Tick);

        // Changes are still coming (the last one less than the start delay ago): no build yet.
        Assert.Empty(_builds.Calls);
        Assert.False(_scheduler.WhenIdleAsync().IsCompleted);

        _clock.Advance(Tick);
        var build = await _builds.NextAsync();

        Assert.Equal(["/edition/input/a.md", "/edition/input/b.md"], build.Changed);
        build.Finish();
    }

    [Fact]
    public async Task AChangeWhileAnEarlyBuildRuns_DropsThatBuild_AndTheNextOneWaitsForQuiet_AndAnswersForBoth()
    {
        _scheduler.Notify("/edition/input/a.md");
        _clock.Advance(Start);
        var first = await _builds.NextAsync();

        // The rest of the save (or another file of the same storm) arrives while the first build reads.
        _scheduler.Notify("/edition/input/b.md");
        await FinishAsync(first);
        _clock.Advance(Quiet - Tick);
        Assert.Single(_builds.Calls);

        _clock.Advance(Tick);
        var second = await _builds.NextAsync();
        await FinishAsync(second);
        await IdleAsync();

        Assert.Equal(["/edition/input/b.md"], second.Changed);
        var (announced, changes) = Assert.Single(_builds.Announced);
        Assert.Same(second, announced);
        Assert.Equal(["/edition/input/a.md", "/edition/input/b.md"], changes);
    }

    [Fact]
    public async Task AChangeWhileAFinishedBuildWaitsForQuiet_DropsIt_AndTheNextBuildIsAnnouncedInstead()
    {
        _scheduler.Notify("/edition/input/a.md");
        _clock.Advance(Start);
        var first = await _builds.NextAsync();
        await FinishAsync(first);
        _clock.Advance(Tick * 5);
        _scheduler.Notify("/edition/input/a.md");
        _clock.Advance(Quiet);
        var second = await _builds.NextAsync();
        await FinishAsync(second);
        await IdleAsync();

        Assert.Equal(2, _builds.Calls.Count);
        var (announced, changes) = Assert.Single(_builds.Announced);
        Assert.Same(second, announced);
        Assert.Equal(["/edition/input/a.md"], changes);
    }

    [Fact]
    public async Task ChangesDuringABuild_MakeExactlyOneMoreBuild_AfterIt_NeverAtTheSameTime()
    {
        _scheduler.Notify("/edition/theme/layouts/article.html");
        _clock.Advance(Start);
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
        await FinishAsync(second);
        await IdleAsync();

        Assert.Equal(2, _builds.Calls.Count);
        Assert.Equal(1, _builds.MostAtOnce);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"/edition/input/articles/a{i}.md"), second.Changed);
        Assert.Same(second, Assert.Single(_builds.Announced).Build);
    }

    [Fact]
    public async Task ChangesStillComingWhenABuildEnds_WaitForQuietBeforeTheNextBuild()
    {
        _scheduler.Notify("/edition/input/a.md");
        _clock.Advance(Start);
        var first = await _builds.NextAsync();
        _scheduler.Notify("/edition/input/b.md");
        await FinishAsync(first);

        _clock.Advance(Quiet - Tick);
        _scheduler.Notify("/edition/input/c.md");
        _clock.Advance(Quiet - Tick);
        Assert.Single(_builds.Calls);

        _clock.Advance(Tick);
        var second = await _builds.NextAsync();
        await FinishAsync(second);
        await IdleAsync();

        Assert.Equal(["/edition/input/b.md", "/edition/input/c.md"], second.Changed);
        Assert.Equal(2, _builds.Calls.Count);
    }

    [Fact]
    public async Task AfterAStormIsOver_TheNextSaveStartsEarlyAgain()
    {
        _scheduler.Notify("/edition/input/a.md");
        _clock.Advance(Start);
        var first = await _builds.NextAsync();
        _scheduler.Notify("/edition/input/b.md");
        await FinishAsync(first);
        _clock.Advance(Quiet);
        await FinishAsync(await _builds.NextAsync());
        await IdleAsync();

        _scheduler.Notify("/edition/input/c.md");
        _clock.Advance(Start);
        var third = await _builds.NextAsync();

        Assert.Equal(["/edition/input/c.md"], third.Changed);
        third.Finish();
    }

    [Fact]
    public async Task QuietFirst_StartsNoBuildBeforeTheQuietPeriod_AndAnnouncesABuildAsItEnds_EvenIfChangesCameDuringIt()
    {
        await using var scheduler = new RebuildScheduler<ScriptedBuild>(
            _builds.BuildAsync, _builds.Announce, _builds.Faults.Enqueue, RebuildTiming.QuietFirst(Quiet), _clock);
        scheduler.Notify("/edition/input/a.md");
        _clock.Advance(Quiet - Tick);
        Assert.Empty(_builds.Calls);

        _clock.Advance(Tick);
        var first = await _builds.NextAsync();
        scheduler.Notify("/edition/input/b.md");
        first.Finish();
        _clock.Advance(Quiet);
        var second = await _builds.NextAsync();
        second.Finish();
        await scheduler.WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        Assert.Equal([first, second], _builds.Announced.Select(a => a.Build));
    }

    [Fact]
    public async Task AfterTheWatcherLostTrack_TheBuildIsToldAnythingMayHaveChanged()
    {
        _scheduler.Notify("/edition/input/a.md");
        _scheduler.NotifyEverything();
        _clock.Advance(Start);

        var build = await _builds.NextAsync();

        Assert.Null(build.Changed);
        build.Finish();
    }

    [Fact]
    public async Task ABuildThatThrows_IsReported_AndTheNextChangeBuildsAgain()
    {
        _scheduler.Notify("/edition/input/a.md");
        _clock.Advance(Start);
        var failing = await _builds.NextAsync();
        failing.Fail(new IOException("disk full"));
        await IdleAsync();

        _scheduler.Notify("/edition/input/b.md");
        _clock.Advance(Start);
        var next = await _builds.NextAsync();
        await FinishAsync(next);
        _clock.Advance(Quiet);
        await IdleAsync();

        Assert.IsType<IOException>(Assert.Single(_builds.Faults));
        Assert.Equal(["/edition/input/b.md"], next.Changed);
        Assert.Equal(["/edition/input/a.md", "/edition/input/b.md"], Assert.Single(_builds.Announced).Changes);
    }

    [Fact]
    public async Task Disposing_CancelsTheRunningBuild_AndBuildsNothingMore()
    {
        _scheduler.Notify("/edition/input/a.md");
        _clock.Advance(Start);
        var running = await _builds.NextAsync();
        _scheduler.Notify("/edition/input/b.md");

        await _scheduler.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        _scheduler.Notify("/edition/input/c.md");
        _clock.Advance(Quiet * 10);

        Assert.Single(_builds.Calls);
        Assert.Empty(_builds.Faults);
        Assert.Empty(_builds.Announced);
        Assert.False(running.Ended.IsCompleted, "the build was cancelled through its token, not finished");
    }

    [Fact]
    public async Task Disposing_DropsAResultWaitingForQuiet()
    {
        _scheduler.Notify("/edition/input/a.md");
        _clock.Advance(Start);
        await FinishAsync(await _builds.NextAsync());

        await _scheduler.DisposeAsync();
        _clock.Advance(Quiet * 10);

        Assert.Empty(_builds.Announced);
    }

    // Ends a build and waits until the scheduler has dealt with its end (held, announced or dropped it).
    private async Task FinishAsync(ScriptedBuild build)
    {
        build.Finish();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await build.Ended;
        while (_scheduler.IsBuilding || _builds.Running > 0)
        {
            await Task.Delay(1, timeout.Token);
        }
    }

    private Task IdleAsync() => _scheduler.WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
}
