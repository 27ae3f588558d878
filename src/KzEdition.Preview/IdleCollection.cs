namespace KzEdition.Preview;

/// <summary>
/// Collects the young generations of the heap while the preview is idle: once a build has finished
/// and, for <see cref="Delay"/>, no build has started and no page been asked for (a reloaded page
/// asks for its styles, scripts and fonts right after the reload message, and is served first).
/// </summary>
/// <remarks>
/// A rebuild allocates what it allocates whether or not a collection falls in it: at 1,000 articles
/// 80–105 MB an edit, about what the collector lets the program allocate between two collections
/// of the young generations. Left to itself, the collector so stopped one rebuild in two (or nearly every one) for 25–100 ms,
/// on the way from the save to the reload. Collected between edits, each rebuild starts with all that
/// room free and runs without a pause (measured in the README, "Preview"). An edit saved within the delay of the
/// last build finds the heap as it would have without this: the collector's own collections go on
/// as before. Only generations 0 and 1: a full, blocking collection of a preview holding a large
/// edition's memory would itself be a pause to wait out if an edit came during it.
/// </remarks>
public sealed class IdleCollection : IDisposable
{
    /// <summary>Long enough for a reloaded page to have been served; short against the seconds between two saves by hand.</summary>
    public static readonly TimeSpan DefaultDelay = TimeSpan.FromMilliseconds(200);

    private readonly Lock _lock = new();
    private readonly Timer _timer;
    private readonly Action _collect;
    private bool _building;
    private bool _due;

    /// <param name="delay">How long the preview must be idle after a build before the collection.</param>
    /// <param name="collect">The collection (the young generations unless given: tests count calls).</param>
    public IdleCollection(TimeSpan delay, Action? collect = null)
    {
        Delay = delay;
        _collect = collect ?? CollectYoungGenerations;
        _timer = new Timer(_ => Fire());
    }

    public TimeSpan Delay { get; }

    /// <summary>A build starts: no collection until it has finished.</summary>
    public void BuildStarted()
    {
        lock (_lock)
        {
            _building = true;
            _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>A build finished (succeeded or failed): a collection is due once the preview has been idle for the delay.</summary>
    public void BuildFinished()
    {
        lock (_lock)
        {
            _building = false;
            _due = true;
            _timer.Change(Delay, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>A page or file was asked for: a due collection waits until the delay has passed since.</summary>
    public void Requested()
    {
        lock (_lock)
        {
            if (_due && !_building)
            {
                _timer.Change(Delay, Timeout.InfiniteTimeSpan);
            }
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _due = false;
            _timer.Dispose();
        }
    }

    private void Fire()
    {
        lock (_lock)
        {
            if (_building || !_due)
            {
                return;
            }

            _due = false;
        }

        _collect();
    }

    private static void CollectYoungGenerations() => GC.Collect(1, GCCollectionMode.Forced, blocking: true, compacting: false);
}
