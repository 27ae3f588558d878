namespace KzEdition.Engine;

/// <summary>
/// Remembered results of one step of the build, by key, across builds of an incremental session.
/// Entries not used by a successful build are dropped after it, so the store holds what the
/// edition is now and not everything it ever was.
/// </summary>
/// <remarks>Keys must compare by value (strings, records, <see cref="RefKey"/>); thread-safe.</remarks>
public sealed class MemoStore
{
    private readonly Lock _lock = new();
    private Dictionary<object, object> _previous = [];
    private Dictionary<object, object> _current = [];

    public int Hits { get; private set; }

    public int Misses { get; private set; }

    public bool TryGet<T>(object key, out T value)
    {
        lock (_lock)
        {
            if (_current.TryGetValue(key, out var found) || _previous.Remove(key, out found))
            {
                _current[key] = found;
                Hits++;
                value = (T)found;
                return true;
            }

            Misses++;
            value = default!;
            return false;
        }
    }

    public void Set(object key, object value)
    {
        lock (_lock)
        {
            _current[key] = value;
        }
    }

    /// <summary>
    /// After a successful build that used this store: forget what it did not use. After a failed
    /// one, or one that never reached this step, keep everything.
    /// </summary>
    public void EndBuild(bool succeeded)
    {
        lock (_lock)
        {
            if (Hits + Misses == 0)
            {
                // A step the build did not reach (its inputs were remembered whole): keep it all.
                foreach (var (key, value) in _current)
                {
                    _previous[key] = value;
                }
            }
            else if (succeeded)
            {
                _previous = _current;
            }
            else
            {
                foreach (var (key, value) in _current)
                {
                    _previous[key] = value;
                }
            }

            _current = [];
            Hits = Misses = 0;
        }
    }
}
