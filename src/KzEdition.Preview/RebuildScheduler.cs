namespace KzEdition.Preview;

/// <summary>
/// Turns a stream of file changes into as few rebuilds as possible. An editor's save is rarely one
/// event: a write, a rename, a swap file, or fifty files at once from a script or a checkout. The
/// scheduler waits until the changes have been quiet for a short while, then runs one build with
/// every path gathered; builds never overlap, and whatever changes while one runs is gathered into
/// exactly one more build after it.
/// </summary>
/// <remarks>
/// Time comes from a <see cref="TimeProvider"/> so that the tests can move the clock by hand; the
/// build runs on the thread pool, never on the caller's or the timer's thread.
/// </remarks>
public sealed class RebuildScheduler : IAsyncDisposable
{
    /// <summary>How long the changes must be quiet before a build starts: long enough to gather a save storm, short enough not to be felt.</summary>
    public static readonly TimeSpan DefaultQuietPeriod = TimeSpan.FromMilliseconds(25);

    private readonly Func<IReadOnlyCollection<string>?, CancellationToken, Task> _build;
    private readonly Action<Exception> _onFault;
    private readonly TimeProvider _time;
    private readonly TimeSpan _quietPeriod;
    private readonly ITimer _quietTimer;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _lock = new();

    private HashSet<string> _pending = new(StringComparer.Ordinal);
    private bool _everythingPending;
    private long _lastChange;
    private bool _waitingForQuiet;
    private bool _building;
    private bool _disposed;
    private Task _currentBuild = Task.CompletedTask;
    private TaskCompletionSource _idle = NewIdleSource(completed: true);

    /// <param name="build">
    /// Builds with the changed paths (full paths), or with null when anything may have changed.
    /// Its exceptions go to <paramref name="onFault"/> and do not stop the scheduler.
    /// </param>
    public RebuildScheduler(
        Func<IReadOnlyCollection<string>?, CancellationToken, Task> build,
        Action<Exception> onFault,
        TimeSpan? quietPeriod = null,
        TimeProvider? time = null)
    {
        _build = build;
        _onFault = onFault;
        _quietPeriod = quietPeriod ?? DefaultQuietPeriod;
        _time = time ?? TimeProvider.System;
        _quietTimer = _time.CreateTimer(_ => OnQuiet(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Records that a file changed (full path); a build follows once the changes are quiet.</summary>
    public void Notify(string fullPath) => Add(fullPath);

    /// <summary>Records that anything may have changed (the watcher lost events): the next build is told so.</summary>
    public void NotifyEverything() => Add(null);

    /// <summary>Completes when nothing is waiting to be built and no build runs (for tests and shutdown).</summary>
    public Task WhenIdleAsync()
    {
        lock (_lock)
        {
            return _idle.Task;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Task current;
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            current = _currentBuild;
            _idle.TrySetResult();
        }

        await _quietTimer.DisposeAsync();
        await _stopping.CancelAsync();
        await current;
        _stopping.Dispose();
    }

    private bool HasPending => _everythingPending || _pending.Count > 0;

    private void Add(string? path)
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            if (path is null)
            {
                _everythingPending = true;
            }
            else
            {
                _pending.Add(path);
            }

            if (_idle.Task.IsCompleted)
            {
                _idle = NewIdleSource(completed: false);
            }

            // Each change starts the quiet period again.
            _lastChange = _time.GetTimestamp();
            _waitingForQuiet = true;
            _quietTimer.Change(_quietPeriod, Timeout.InfiniteTimeSpan);
        }
    }

    private void OnQuiet()
    {
        lock (_lock)
        {
            if (_disposed || !_waitingForQuiet)
            {
                return;
            }

            // A timer that fired just before a change re-armed it is late, not quiet: wait out the rest.
            var quietFor = _time.GetElapsedTime(_lastChange);
            if (quietFor < _quietPeriod)
            {
                _quietTimer.Change(_quietPeriod - quietFor, Timeout.InfiniteTimeSpan);
                return;
            }

            _waitingForQuiet = false;
            if (!_building)
            {
                StartBuildLocked();
            }

            // Otherwise the running build starts the next one when it ends.
        }
    }

    private void StartBuildLocked()
    {
        IReadOnlyCollection<string>? changed = _everythingPending ? null : _pending;
        _pending = new HashSet<string>(StringComparer.Ordinal);
        _everythingPending = false;
        _building = true;
        _currentBuild = Task.Run(() => RunBuildAsync(changed));
    }

    private async Task RunBuildAsync(IReadOnlyCollection<string>? changed)
    {
        try
        {
            await _build(changed, _stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Stopping: the build was abandoned on purpose.
        }
        catch (Exception ex)
        {
            _onFault(ex);
        }

        lock (_lock)
        {
            _building = false;
            if (_disposed)
            {
                return;
            }

            if (HasPending && !_waitingForQuiet)
            {
                // Changes came while this build ran and have been quiet since: one more build for all of them.
                StartBuildLocked();
            }
            else if (!HasPending)
            {
                _idle.TrySetResult();
            }
        }
    }

    private static TaskCompletionSource NewIdleSource(bool completed)
    {
        var source = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (completed)
        {
            source.SetResult();
        }

        return source;
    }
}
