namespace KzEdition.Engine;

/// <summary>
/// The keys the module running on this thread declared it reads. The engine sets it around each
/// module it runs; <see cref="Document.Get{T}"/> refuses a key outside it. This is what makes the
/// engine's memory of results sound: a module cannot read what its memo key does not hold.
/// </summary>
internal sealed class ReadScope
{
    [ThreadStatic]
    private static ReadScope? _current;

    private readonly string _module;
    private readonly HashSet<IKey> _keys;

    private ReadScope(string module, HashSet<IKey> keys)
    {
        _module = module;
        _keys = keys;
    }

    public static ReadScope For(IModule module) =>
        new(module.Name, [.. module.Reads.Keys, .. module.Reads.Observed, .. module.Reads.Pipelines.SelectMany(p => p.Keys)]);

    /// <summary>Runs <paramref name="action"/> with this scope on the current thread, restoring the one before.</summary>
    public T Run<T>(Func<T> action) => Run(action, static run => run());

    /// <summary>As <see cref="Run{T}(Func{T})"/>, with the action's state passed in: a static action allocates no closure.</summary>
    public T Run<TState, T>(TState state, Func<TState, T> action)
    {
        var previous = _current;
        _current = this;
        try
        {
            return action(state);
        }
        finally
        {
            _current = previous;
        }
    }

    public static void Check(IKey key)
    {
        var scope = _current;
        if (scope is not null && !scope._keys.Contains(key))
        {
            throw new InvalidOperationException(
                $"Module {scope._module} reads '{key.Name}', which it does not declare: add it to its Reads, so that the engine remembers its results by it.");
        }
    }
}
