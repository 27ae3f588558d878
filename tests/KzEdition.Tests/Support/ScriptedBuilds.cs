using System.Collections.Concurrent;
using System.Threading.Channels;

namespace KzEdition.Tests.Support;

/// <summary>
/// A build function for testing the rebuild scheduler without building anything: it records each
/// call and each announcement, counts how many run at once, and holds each until the test finishes it (or fails it).
/// </summary>
internal sealed class ScriptedBuilds
{
    private readonly Channel<ScriptedBuild> _started = Channel.CreateUnbounded<ScriptedBuild>();
    private int _running;
    private int _mostAtOnce;

    public ConcurrentQueue<ScriptedBuild> Calls { get; } = new();

    /// <summary>The most builds that ever ran at the same time: 1 when they never overlap.</summary>
    public int MostAtOnce => Volatile.Read(ref _mostAtOnce);

    /// <summary>How many builds run now.</summary>
    public int Running => Volatile.Read(ref _running);

    public ConcurrentQueue<Exception> Faults { get; } = new();

    /// <summary>The builds announced, in order, each with the changes it was announced with (sorted; null for "anything").</summary>
    public ConcurrentQueue<(ScriptedBuild Build, IReadOnlyList<string>? Changes)> Announced { get; } = new();

    public void Announce(ScriptedBuild build, IReadOnlyCollection<string>? changes) =>
        Announced.Enqueue((build, changes?.Order(StringComparer.Ordinal).ToArray()));

    public async Task<ScriptedBuild> BuildAsync(IReadOnlyCollection<string>? changed, CancellationToken cancellationToken)
    {
        var call = new ScriptedBuild(changed);
        var running = Interlocked.Increment(ref _running);
        InterlockedMax(ref _mostAtOnce, running);
        Calls.Enqueue(call);
        _started.Writer.TryWrite(call);
        try
        {
            await call.Ended.WaitAsync(cancellationToken);
            return call;
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }

    /// <summary>The next build to start; fails the test when none starts within five seconds.</summary>
    public async Task<ScriptedBuild> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        return await _started.Reader.ReadAsync(timeout.Token);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
