using System.Collections.Immutable;

namespace KzEdition.Engine;

/// <summary>The resources of one run (<see cref="IResource"/>): immutable, given to the engine with the run.</summary>
public sealed class Resources
{
    private readonly ImmutableDictionary<IResource, object> _values;

    private Resources(ImmutableDictionary<IResource, object> values) => _values = values;

    public static Resources None { get; } = new(ImmutableDictionary<IResource, object>.Empty);

    public Resources With<T>(Resource<T> resource, T value)
        where T : class => new(_values.SetItem(resource, value));

    public T Get<T>(Resource<T> resource)
        where T : class =>
        _values.TryGetValue(resource, out var value)
            ? (T)value
            : throw new InvalidOperationException($"The build was given no resource '{resource.Name}'.");

    internal object Raw(IResource resource) =>
        _values.TryGetValue(resource, out var value) ? value : throw new InvalidOperationException($"The build was given no resource '{resource.Name}'.");
}
