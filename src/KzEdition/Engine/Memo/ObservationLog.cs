namespace KzEdition.Engine.Memo;

/// <summary>The queries a module made of an <see cref="IObservedValue"/>, each with the answer it got (the first, for a query made twice).</summary>
public sealed class ObservationLog
{
    private readonly Dictionary<object, object?> _answers = [];
    private readonly Lock _lock = new();

    /// <summary>The entries as an array once the module has run (<see cref="Freeze"/>): read at every later check of its result.</summary>
    private KeyValuePair<object, object?>[]? _frozen;

    public void Add(object query, object? answer)
    {
        lock (_lock)
        {
            if (_answers.TryAdd(query, answer))
            {
                _frozen = null; // a query after the freeze (a view kept and asked later) is not lost
            }
        }
    }

    /// <summary>
    /// The module has run: its queries are made into the array every later check reads, once, instead
    /// of a copy of the table at each check (every remembered page of every rebuild).
    /// </summary>
    public void Freeze()
    {
        lock (_lock)
        {
            _frozen = [.. _answers];
        }
    }

    public IReadOnlyCollection<KeyValuePair<object, object?>> Entries
    {
        get
        {
            if (Volatile.Read(ref _frozen) is { } frozen)
            {
                return frozen;
            }

            lock (_lock)
            {
                return [.. _answers];
            }
        }
    }

    public int Count => _answers.Count;
}
