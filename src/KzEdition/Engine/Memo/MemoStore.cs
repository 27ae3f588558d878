using System.Collections.Concurrent;

namespace KzEdition.Engine.Memo;

/// <summary>
/// The engine's memory of module results, by fingerprint of what each module read, kept from one
/// build to the next by the preview (<c>EditionSession</c>). A plain build runs with
/// <see cref="Forgetful"/>: the same code path, remembering nothing, so a cold build holds no more
/// than it must.
/// </summary>
/// <remarks>
/// Entries not used by a successful build are dropped after it, so the store holds what the edition
/// is now, not everything it ever was; after a failed build it keeps both. The latest value of a
/// slot (an incremental module's state, a file reader's documents) is kept apart: it is replaced, not
/// aged, since it always reflects exactly what it was last made from.
/// </remarks>
public sealed class MemoStore
{
    private readonly Lock _lock = new();

    // One table for all builds, each entry stamped with the last build that used it: a lookup
    // updates the stamp in place. (Moving each result used from last build's table into a new one
    // made a table of some 35,000 entries anew at every build of 1,000 articles, on the large
    // object heap, where only full collections free it.)
    private readonly Dictionary<Fingerprint, Entry> _entries = [];
    private int _build;
    private readonly ConcurrentDictionary<string, object> _latest = new(StringComparer.Ordinal);
    // Two counters a slot (hits, misses), incremented in place: a lookup counted allocates nothing.
    private ConcurrentDictionary<string, int[]> _counts = new(StringComparer.Ordinal);

    public MemoStore()
        : this(remembers: true)
    {
    }

    private MemoStore(bool remembers) => Remembers = remembers;

    /// <summary>A store that remembers nothing: a plain build's.</summary>
    public static MemoStore Forgetful => new(remembers: false);

    /// <summary>
    /// A store that remembers, and has the engine check every incremental update against a build
    /// from nothing of the same inputs (<see cref="IncrementalCheck"/>): each update costs a build
    /// more, so this is for tests, where an update that differs fails the build naming the module.
    /// </summary>
    public static MemoStore Checking => new(remembers: true) { ChecksIncremental = true };

    /// <summary>Whether the engine checks each incremental update against its module's Build.</summary>
    public bool ChecksIncremental { get; private init; }

    /// <summary>Whether anything is remembered; the engine makes no fingerprints for a store that keeps nothing.</summary>
    public bool Remembers { get; }

    public bool TryGet<T>(Fingerprint key, out T value)
    {
        if (Remembers)
        {
            lock (_lock)
            {
                ref var found = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(_entries, key);
                if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref found))
                {
                    found.UsedIn = _build;
                    value = (T)found.Value;
                    return true;
                }
            }
        }

        value = default!;
        return false;
    }

    public void Set(Fingerprint key, object value)
    {
        if (Remembers)
        {
            lock (_lock)
            {
                _entries[key] = new Entry(value, _build);
            }
        }
    }

    public bool TryGetLatest<T>(string slot, out T value)
    {
        if (Remembers && _latest.TryGetValue(slot, out var found))
        {
            value = (T)found;
            return true;
        }

        value = default!;
        return false;
    }

    public void SetLatest(string slot, object value)
    {
        if (Remembers)
        {
            _latest[slot] = value;
        }
    }

    /// <summary>
    /// The two counters (hits, misses) of a slot's lookups in this build, for <see cref="Statistics"/>:
    /// a caller that counts many (a module's runner, once a document) finds them once, not by the
    /// slot's name at each lookup.
    /// </summary>
    public int[] Counter(string slot) => _counts.GetOrAdd(slot, static _ => new int[2]);

    /// <summary>Counts a lookup on counters this build's <see cref="Counter"/> gave.</summary>
    public static void Count(int[] counter, bool hit) => Interlocked.Increment(ref counter[hit ? 0 : 1]);

    /// <summary>Hits and misses of each module in the last build, by slot (pipeline/phase/module): what the benchmark and tests look at.</summary>
    public IReadOnlyDictionary<string, (int Hits, int Misses)> Statistics { get; private set; } = new Dictionary<string, (int, int)>();

    /// <summary>
    /// After a successful build: forget what it did not use. After a failed one, keep everything:
    /// the next build may need what the failed one never reached.
    /// </summary>
    public void EndBuild(bool succeeded)
    {
        lock (_lock)
        {
            if (succeeded)
            {
                foreach (var (key, entry) in _entries)
                {
                    if (entry.UsedIn != _build)
                    {
                        _entries.Remove(key); // allowed while enumerating
                    }
                }
            }

            _build++;
            Statistics = _counts.ToDictionary(c => c.Key, c => (Volatile.Read(ref c.Value[0]), Volatile.Read(ref c.Value[1])), StringComparer.Ordinal);
            _counts = new(StringComparer.Ordinal);
        }
    }

    /// <summary>A remembered result and the last build that used it.</summary>
    private struct Entry(object value, int usedIn)
    {
        public readonly object Value = value;
        public int UsedIn = usedIn;
    }
}
