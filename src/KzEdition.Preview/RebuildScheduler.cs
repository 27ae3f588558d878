namespace KzEdition.Preview;

/// <summary>
/// Turns a stream of file changes into as few rebuilds as possible, and tells the pages about a
/// build only once its input has settled. An editor's save is rarely one event: a write, a rename,
/// a swap file, or fifty files at once from a script or a checkout.
/// </summary>
/// <remarks>
/// <para>
/// After a calm, a build starts as soon as the changes pause for <see cref="RebuildTiming.StartDelay"/>
/// (one save's writes), and runs while the rest of the <see cref="RebuildTiming.QuietPeriod"/> is
/// waited out: a save shows after the longer of the two, the build or the quiet period, not after
/// both. Such an early build is announced only if nothing changed from its start to the end of the
/// quiet period; otherwise its input may have been half saved, so it is dropped unannounced (its
/// output is overwritten by the next build, which is told its changes too) and the scheduler falls
/// back to waiting out the quiet period before each build until the storm is over and a build has
/// been announced.
/// </para>
/// <para>
/// Builds never overlap; whatever changes while one runs is gathered into exactly one more build
/// after it. A build that started after the quiet period is announced when it ends, even if changes
/// came while it ran (the pages then reload twice, as they would for two saves).
/// </para>
/// <para>
/// Time comes from a <see cref="TimeProvider"/> so that the tests can move the clock by hand; the
/// build runs on the thread pool, never on the caller's or the timer's thread. The announcement is
/// made under the scheduler's lock, so announcements never overlap or come out of order.
/// </para>
/// </remarks>
/// <typeparam name="TBuild">What a build gives back for its announcement.</typeparam>
public sealed class RebuildScheduler<TBuild> : IAsyncDisposable
{
    private readonly Func<IReadOnlyCollection<string>?, CancellationToken, Task<TBuild>> _build;
    private readonly Action<TBuild, IReadOnlyCollection<string>?> _announce;
    private readonly Action<Exception> _onFault;
    private readonly TimeProvider _time;
    private readonly RebuildTiming _timing;
    private readonly ITimer _timer;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _lock = new();

    private HashSet<string> _pending = new(StringComparer.Ordinal);
    private bool _everythingPending;
    private long _lastChange;

    // Changes came while a build ran or a result waited: the next build waits out the quiet period.
    private bool _storm;
    private bool _building;
    private bool _changedDuringBuild;

    // An early build's result, waiting for the quiet period to end before it is announced.
    private (TBuild Build, IReadOnlyCollection<string>? Changes)? _held;

    // The changes of builds dropped unannounced, told with the next announcement.
    private readonly HashSet<string> _unannounced = new(StringComparer.Ordinal);
    private bool _everythingUnannounced;

    private bool _disposed;
    private Task _currentBuild = Task.CompletedTask;
    private TaskCompletionSource _idle = NewIdleSource(completed: true);

    /// <param name="build">
    /// Builds with the changed paths (full paths), or with null when anything may have changed.
    /// Its exceptions go to <paramref name="onFault"/> and do not stop the scheduler.
    /// </param>
    /// <param name="announce">
    /// Tells the pages and the editor about a build, with every change it answers: its own and those
    /// of the builds dropped before it (null when anything may have changed).
    /// </param>
    public RebuildScheduler(
        Func<IReadOnlyCollection<string>?, CancellationToken, Task<TBuild>> build,
        Action<TBuild, IReadOnlyCollection<string>?> announce,
        Action<Exception> onFault,
        RebuildTiming? timing = null,
        TimeProvider? time = null)
    {
        _build = build;
        _announce = announce;
        _onFault = onFault;
        _timing = timing ?? RebuildTiming.Default;
        _time = time ?? TimeProvider.System;
        _timer = _time.CreateTimer(_ => OnTimer(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Records that a file changed (full path); a build follows once the changes pause.</summary>
    public void Notify(string fullPath) => Add(fullPath);

    /// <summary>Records that anything may have changed (the watcher lost events): the next build is told so.</summary>
    public void NotifyEverything() => Add(null);

    /// <summary>Whether a build runs now (its end handled: result held, announced or dropped, once this is false).</summary>
    public bool IsBuilding
    {
        get
        {
            lock (_lock)
            {
                return _building;
            }
        }
    }

    /// <summary>Completes when nothing is waiting to be built or announced and no build runs (for tests and shutdown).</summary>
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
            _held = null;
            _idle.TrySetResult();
        }

        await _timer.DisposeAsync();
        await _stopping.CancelAsync();
        await current;
        _stopping.Dispose();
    }

    private bool HasPending => _everythingPending || _pending.Count > 0;

    // How long the changes must have paused before the next build starts.
    private TimeSpan StartAfter => _storm ? _timing.QuietPeriod : _timing.StartDelay;

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

            if (_building)
            {
                _changedDuringBuild = true;
                _storm = true;
            }

            if (_held is { } dropped)
            {
                // The held build may have read a file half saved: it is never announced.
                Supersede(dropped.Changes);
                _held = null;
                _storm = true;
            }

            // Each change starts the wait again.
            _lastChange = _time.GetTimestamp();
            _timer.Change(StartAfter, Timeout.InfiniteTimeSpan);
        }
    }

    private void OnTimer()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            // A timer that fired just before a change re-armed it is late: the wait is measured from the last change.
            var quietFor = _time.GetElapsedTime(_lastChange);
            if (_held is { } held)
            {
                if (quietFor < _timing.QuietPeriod)
                {
                    _timer.Change(_timing.QuietPeriod - quietFor, Timeout.InfiniteTimeSpan);
                    return;
                }

                _held = null;
                Announce(held.Build, held.Changes);
                BecomeIdleIfDone();
                return;
            }

            if (HasPending && !_building)
            {
                StartBuildOrWaitLocked(quietFor);
            }

            // Otherwise a build runs, and starts the next one (or holds its result) when it ends.
        }
    }

    private void StartBuildOrWaitLocked(TimeSpan quietFor)
    {
        var startAfter = StartAfter;
        if (quietFor < startAfter)
        {
            _timer.Change(startAfter - quietFor, Timeout.InfiniteTimeSpan);
            return;
        }

        IReadOnlyCollection<string>? changed = _everythingPending ? null : _pending;
        _pending = new HashSet<string>(StringComparer.Ordinal);
        _everythingPending = false;
        _building = true;
        _changedDuringBuild = false;
        var early = quietFor < _timing.QuietPeriod;
        if (early)
        {
            // Wake when the quiet period ends, to announce the result if it is ready by then.
            _timer.Change(_timing.QuietPeriod - quietFor, Timeout.InfiniteTimeSpan);
        }

        _currentBuild = Task.Run(() => RunBuildAsync(changed, early));
    }

    private async Task RunBuildAsync(IReadOnlyCollection<string>? changed, bool early)
    {
        var built = false;
        TBuild result = default!;
        try
        {
            result = await _build(changed, _stopping.Token);
            built = true;
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

            var quietFor = _time.GetElapsedTime(_lastChange);
            if (!built || (early && _changedDuringBuild))
            {
                // Failed outright, or its input changed as it ran: the next build answers for its changes.
                Supersede(changed);
                _storm = true;
            }
            else if (early && quietFor < _timing.QuietPeriod)
            {
                _held = (result, changed);
                _timer.Change(_timing.QuietPeriod - quietFor, Timeout.InfiniteTimeSpan);
            }
            else
            {
                Announce(result, changed);
            }

            if (HasPending && _held is null)
            {
                StartBuildOrWaitLocked(quietFor);
            }

            BecomeIdleIfDone();
        }
    }

    private void Announce(TBuild build, IReadOnlyCollection<string>? changed)
    {
        IReadOnlyCollection<string>? answered = changed;
        if (_everythingUnannounced)
        {
            answered = null;
        }
        else if (_unannounced.Count > 0 && changed is not null)
        {
            var union = new HashSet<string>(_unannounced, StringComparer.Ordinal);
            union.UnionWith(changed);
            answered = union;
        }

        _unannounced.Clear();
        _everythingUnannounced = false;
        try
        {
            _announce(build, answered);
        }
        catch (Exception ex)
        {
            _onFault(ex);
        }
    }

    private void Supersede(IReadOnlyCollection<string>? changed)
    {
        if (changed is null)
        {
            _everythingUnannounced = true;
        }
        else
        {
            _unannounced.UnionWith(changed);
        }
    }

    private void BecomeIdleIfDone()
    {
        if (!HasPending && !_building && _held is null)
        {
            _storm = false;
            _idle.TrySetResult();
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
