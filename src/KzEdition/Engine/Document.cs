namespace KzEdition.Engine;

/// <summary>
/// An immutable unit of work flowing through the pipelines: where it came from, where it goes, and
/// its metadata under typed keys (its content too: <see cref="Keys.Text"/>, <see cref="Keys.Bytes"/>,
/// <see cref="Keys.Parts"/>). Documents are never changed; modules make changed copies.
/// </summary>
/// <remarks>
/// A module reads only the keys it declares (<see cref="Reads"/>): <see cref="Get{T}"/> refuses any
/// other while the engine runs the module, so the engine's memory of its results, which is keyed by
/// exactly those values, cannot miss an input. Metadata is a short array (a document has a dozen
/// keys at most): copying it costs less than any tree.
/// </remarks>
public sealed class Document
{
    private readonly (IKey Key, object Value)[] _metadata;

    private Document(string? source, string? destination, (IKey Key, object Value)[] metadata)
    {
        Source = source;
        Destination = destination;
        _metadata = metadata;
    }

    /// <summary>Where the document came from (a path, for messages); null when generated.</summary>
    public string? Source { get; }

    /// <summary>Path relative to the output folder, with '/' separators; null when not written.</summary>
    public string? Destination { get; }

    /// <summary>A short name for messages: the source if there is one, else the destination.</summary>
    public string DisplayName => Source ?? Destination ?? "(generated document)";

    /// <summary>The keys set on this document, in the order they were first set.</summary>
    public IEnumerable<IKey> Keys => _metadata.Select(m => m.Key);

    public static Document Create(string? source, string? destination) => new(source, destination, []);

    public Document WithDestination(string? destination) => new(Source, destination, _metadata);

    public Document WithSource(string? source) => new(source, Destination, _metadata);

    public Document With<T>(Key<T> key, T value)
        where T : notnull => Set(key, value);

    /// <summary>The document with its content released (after it was written): the other metadata stays.</summary>
    public Document WithoutContent() => Without(KzEdition.Engine.Keys.Text, KzEdition.Engine.Keys.Bytes, KzEdition.Engine.Keys.Parts);

    /// <summary>
    /// The document without these keys: a value used up (a page's model once rendered, a page's text
    /// once written) is let go, so a build does not hold every page's intermediate values to its end.
    /// </summary>
    public Document Without(params ReadOnlySpan<IKey> keys) => Filtered(keys, static (dead, key) => !dead.Contains(key));

    /// <summary>
    /// The document with only these keys (the same object when it keeps them all): asked for every
    /// document at every stage, so a document that keeps all its keys costs a look at each, and one
    /// that does not, one array.
    /// </summary>
    internal Document Keeping(IReadOnlySet<IKey> keys) => Filtered(keys, static (live, key) => live.Contains(key));

    // The metadata whose keys pass, counted first and copied into an array of that size: no list.
    private Document Filtered<TKeys>(TKeys keys, Func<TKeys, IKey, bool> keeps)
        where TKeys : allows ref struct
    {
        var keptCount = 0;
        foreach (var entry in _metadata)
        {
            if (keeps(keys, entry.Key))
            {
                keptCount++;
            }
        }

        if (keptCount == _metadata.Length)
        {
            return this;
        }

        var kept = new (IKey Key, object Value)[keptCount];
        var at = 0;
        foreach (var entry in _metadata)
        {
            if (keeps(keys, entry.Key))
            {
                kept[at++] = entry;
            }
        }

        return new(Source, Destination, kept);
    }

    /// <summary>
    /// The document with what a module changed applied at once (<see cref="DocumentDelta"/>): one
    /// new document and one array, not one for each key set.
    /// </summary>
    internal Document With(string? source, string? destination, ReadOnlySpan<IKey> removed, ReadOnlySpan<(IKey Key, object Value)> changed)
    {
        var metadata = new (IKey Key, object Value)[_metadata.Length + changed.Length];
        var count = 0;
        var same = source == Source && destination == Destination;
        foreach (var entry in _metadata)
        {
            if (removed.Contains(entry.Key))
            {
                same = false;
            }
            else
            {
                metadata[count++] = entry;
            }
        }

        // No type check: what a module changed was set on a document (Set checks it), and this runs for
        // every remembered result given back (some 30,000 a rebuild of 1,000 articles).
        foreach (var (key, value) in changed)
        {
            var index = 0;
            while (index < count && !ReferenceEquals(metadata[index].Key, key))
            {
                index++;
            }

            if (index == count)
            {
                metadata[count++] = (key, value);
                same = false;
            }
            else if (!ReferenceEquals(metadata[index].Value, value))
            {
                metadata[index] = (key, value);
                same = false;
            }
        }

        if (same)
        {
            return this;
        }

        if (count < metadata.Length)
        {
            Array.Resize(ref metadata, count);
        }

        return new(source, destination, metadata);
    }

    public bool Has(IKey key)
    {
        ReadScope.Check(key);
        return IndexOf(key) >= 0;
    }

    /// <summary>The value under <paramref name="key"/>; throws naming the key and document when absent.</summary>
    public T Get<T>(Key<T> key)
        where T : notnull
    {
        ReadScope.Check(key);
        var index = IndexOf(key);
        return index >= 0
            ? (T)_metadata[index].Value
            : throw new KeyNotFoundException($"Document {DisplayName} has no metadata '{key.Name}'.");
    }

    public T? GetOrDefault<T>(Key<T> key)
        where T : class
    {
        ReadScope.Check(key);
        var index = IndexOf(key);
        return index >= 0 ? (T)_metadata[index].Value : null;
    }

    public T GetOrDefault<T>(Key<T> key, T fallback)
        where T : notnull
    {
        ReadScope.Check(key);
        var index = IndexOf(key);
        return index >= 0 ? (T)_metadata[index].Value : fallback;
    }

    /// <summary>The value under a key, without the read check: for the engine, which reads on a module's behalf.</summary>
    internal object? Raw(IKey key)
    {
        var index = IndexOf(key);
        return index >= 0 ? _metadata[index].Value : null;
    }

    internal IReadOnlyList<(IKey Key, object Value)> Metadata => _metadata;

    internal Document Set(IKey key, object value)
    {
        CheckType(key, value, nameof(value));

        var index = IndexOf(key);
        if (index >= 0)
        {
            if (ReferenceEquals(_metadata[index].Value, value))
            {
                return this;
            }

            var copy = ((IKey, object)[])_metadata.Clone();
            copy[index] = (key, value);
            return new(Source, Destination, copy);
        }

        return new(Source, Destination, [.. _metadata, (key, value)]);
    }

    private static void CheckType(IKey key, object value, string parameter)
    {
        if (!key.ValueType.IsInstanceOfType(value))
        {
            throw new ArgumentException($"Metadata '{key.Name}' takes {key.ValueType.Name}, not {value.GetType().Name}.", parameter);
        }
    }

    private int IndexOf(IKey key)
    {
        for (var i = 0; i < _metadata.Length; i++)
        {
            if (ReferenceEquals(_metadata[i].Key, key))
            {
                return i;
            }
        }

        return -1;
    }

    public override string ToString() => DisplayName;
}
