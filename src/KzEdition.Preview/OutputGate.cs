namespace KzEdition.Preview;

/// <summary>
/// Keeps the preview's reads of the output folder and its builds apart. A rebuild writes the
/// output in place, file over file (see <c>WriteFiles</c>), so a page read while it writes could be
/// half old, half new, or a page of the new build with a stylesheet of the old. So a read waits
/// while a build runs, and a build waits for the reads under way to finish (a read copies one file
/// into memory: milliseconds; sending it to the browser happens after, outside the gate).
/// </summary>
public sealed class OutputGate
{
    private readonly Lock _lock = new();
    private int _readers;
    private TaskCompletionSource? _building;
    private TaskCompletionSource? _drained;

    /// <summary>Whether a build holds the output now.</summary>
    public bool IsBuilding
    {
        get
        {
            lock (_lock)
            {
                return _building is not null;
            }
        }
    }

    /// <summary>Enters as a reader once no build holds the output; dispose the result to leave.</summary>
    public async Task<Reading> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task building;
            lock (_lock)
            {
                if (_building is null)
                {
                    _readers++;
                    return new Reading(this);
                }

                building = _building.Task;
            }

            await building.WaitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Runs a build holding the output: new reads wait from now on, and the build starts once the
    /// reads already under way have finished. A build asked for while another runs (a save during
    /// the first build, which the watcher sees) waits for it.
    /// </summary>
    public async Task<T> BuildAsync<T>(Func<Task<T>> build)
    {
        Task drained;
        while (true)
        {
            Task running;
            lock (_lock)
            {
                if (_building is null)
                {
                    _building = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    drained = _readers == 0 ? Task.CompletedTask : (_drained = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
                    break;
                }

                running = _building.Task;
            }

            await running;
        }

        try
        {
            await drained;
            return await build();
        }
        finally
        {
            TaskCompletionSource building;
            lock (_lock)
            {
                building = _building!;
                _building = null;
            }

            building.SetResult();
        }
    }

    private void Leave()
    {
        lock (_lock)
        {
            if (--_readers == 0 && _drained is { } drained)
            {
                _drained = null;
                drained.SetResult();
            }
        }
    }

    /// <summary>A read under way; disposing it ends it.</summary>
    public sealed class Reading(OutputGate gate) : IDisposable
    {
        private OutputGate? _gate = gate;

        public void Dispose() => Interlocked.Exchange(ref _gate, null)?.Leave();
    }
}
