using System.Collections.Immutable;

namespace KzEdition.Engine;

/// <summary>
/// An immutable unit of work flowing through the pipelines: content plus metadata.
/// Documents are never changed; modules make changed copies with the <c>With*</c> methods.
/// </summary>
/// <param name="Source">Where the document came from (a path, for messages); null when generated.</param>
/// <param name="Destination">Path relative to the output folder, with '/' separators; null when not written.</param>
/// <param name="Content">The text content.</param>
/// <param name="Metadata">Values keyed by the constants of <see cref="Keys"/>.</param>
public sealed record Document(
    string? Source,
    string? Destination,
    string Content,
    ImmutableSortedDictionary<string, object> Metadata)
{
    /// <summary>Binary content (fonts, images); when set, it is written instead of <see cref="Content"/>.</summary>
    public ReadOnlyMemory<byte>? Bytes { get; init; }

    public static Document Create(string? source, string? destination, string content) =>
        new(source, destination, content, ImmutableSortedDictionary<string, object>.Empty.WithComparers(StringComparer.Ordinal));

    public Document WithContent(string content) => this with { Content = content };

    public Document WithDestination(string? destination) => this with { Destination = destination };

    public Document With(string key, object value) => this with { Metadata = Metadata.SetItem(key, value) };

    public bool Has(string key) => Metadata.ContainsKey(key);

    /// <summary>The value under <paramref name="key"/>; throws naming the key and document when absent.</summary>
    public T Get<T>(string key) =>
        Metadata.TryGetValue(key, out var value) && value is T typed
            ? typed
            : throw new KeyNotFoundException($"Document {Source ?? Destination ?? "(generated)"} has no metadata '{key}' of type {typeof(T).Name}.");

    public T? GetOrDefault<T>(string key, T? fallback = default) =>
        Metadata.TryGetValue(key, out var value) && value is T typed ? typed : fallback;

    /// <summary>A short name for messages: the source if there is one, else the destination.</summary>
    public string DisplayName => Source ?? Destination ?? "(generated document)";
}
