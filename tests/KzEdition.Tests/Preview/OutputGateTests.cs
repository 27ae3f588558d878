using KzEdition.Preview;

namespace KzEdition.Tests.Preview;

/// <summary>
/// The gate between the preview's reads of the output and its builds, played out step by step:
/// each build runs until the test ends it, so no test depends on timing.
/// </summary>
public sealed class OutputGateTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static CancellationToken Cancelled => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AReadWithNoBuild_EntersAtOnce()
    {
        var gate = new OutputGate();

        var reading = gate.ReadAsync(Cancelled);

        Assert.True(reading.IsCompletedSuccessfully);
        (await reading).Dispose();
    }

    [Fact]
    public async Task AReadDuringABuild_WaitsForItsEnd()
    {
        var gate = new OutputGate();
        var finish = new TaskCompletionSource<int>();
        var build = gate.BuildAsync(() => finish.Task);
        Assert.True(gate.IsBuilding);

        var reading = gate.ReadAsync(Cancelled);
        await Task.Delay(50, Cancelled);
        Assert.False(reading.IsCompleted);

        finish.SetResult(7);
        Assert.Equal(7, await build.WaitAsync(Patience, Cancelled));
        (await reading.WaitAsync(Patience, Cancelled)).Dispose();
        Assert.False(gate.IsBuilding);
    }

    [Fact]
    public async Task ABuild_StartsOnlyWhenTheReadsUnderWayHaveEnded_AndNewReadsWaitMeanwhile()
    {
        var gate = new OutputGate();
        var first = await gate.ReadAsync(Cancelled);
        var second = await gate.ReadAsync(Cancelled);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var finish = new TaskCompletionSource<int>();
        var build = gate.BuildAsync(() =>
        {
            started.SetResult();
            return finish.Task;
        });

        // Held by the build from now on: a new read waits, though the build has not started.
        var late = gate.ReadAsync(Cancelled);
        first.Dispose();
        await Task.Delay(50, Cancelled);
        Assert.False(started.Task.IsCompleted);
        Assert.False(late.IsCompleted);

        second.Dispose();
        await started.Task.WaitAsync(Patience, Cancelled);
        Assert.False(late.IsCompleted);

        finish.SetResult(1);
        await build.WaitAsync(Patience, Cancelled);
        (await late.WaitAsync(Patience, Cancelled)).Dispose();
    }

    [Fact]
    public async Task AFailedBuild_OpensTheGateAgain()
    {
        var gate = new OutputGate();

        await Assert.ThrowsAsync<IOException>(() => gate.BuildAsync<int>(() => throw new IOException("disk full")));

        Assert.False(gate.IsBuilding);
        Assert.True(gate.ReadAsync(Cancelled).IsCompletedSuccessfully);
    }

    [Fact]
    public async Task AWaitingRead_CanBeCancelled_AndLeavesTheGateAsItWas()
    {
        var gate = new OutputGate();
        var finish = new TaskCompletionSource<int>();
        var build = gate.BuildAsync(() => finish.Task);
        using var leaving = new CancellationTokenSource();

        var reading = gate.ReadAsync(leaving.Token);
        await leaving.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading);
        finish.SetResult(0);
        await build.WaitAsync(Patience, Cancelled);

        // The cancelled read was never counted: a build after it does not wait for it.
        var next = gate.BuildAsync(() => Task.FromResult(1));
        Assert.Equal(1, await next.WaitAsync(Patience, Cancelled));
    }

    [Fact]
    public async Task BuildsNeverOverlap_ABuildAskedForDuringAnother_WaitsForIt()
    {
        var gate = new OutputGate();
        var finish = new TaskCompletionSource<int>();
        var first = gate.BuildAsync(() => finish.Task);
        var secondStarted = false;

        var second = gate.BuildAsync(() =>
        {
            secondStarted = true;
            return Task.FromResult(2);
        });
        await Task.Delay(50, Cancelled);
        Assert.False(secondStarted);

        finish.SetResult(1);
        Assert.Equal(1, await first.WaitAsync(Patience, Cancelled));
        Assert.Equal(2, await second.WaitAsync(Patience, Cancelled));
        Assert.False(gate.IsBuilding);
    }
}
