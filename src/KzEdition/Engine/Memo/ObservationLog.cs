namespace KzEdition.Engine.Memo;

/// <summary>The queries a module made of an <see cref="IObservedValue"/>, each with the answer it got (the first, for a query made twice).</summary>
public sealed class ObservationLog
{
    private readonly Dictionary<object, object?> _answers = [];
    private readonly Lock _lock = new();

    public void Add(object query, object? answer)
    {
        lock (_lock)
        {
            _answers.TryAdd(query, answer);
        }
    }

    public IReadOnlyCollection<KeyValuePair<object, object?>> Entries
    {
        get
        {
            lock (_lock)
            {
                return [.. _answers];
            }
        }
    }

    public int Count => _answers.Count;
}
