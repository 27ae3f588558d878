namespace KzEdition.Engine;

/// <summary>
/// What a per-document module made of its input: the output's source and destination where it set
/// them, the metadata it set (values the input did not hold, by identity) and the keys it let go.
/// Applied to the input of a later build, it gives the output that build would get, with that
/// input's other metadata.
/// </summary>
/// <remarks>
/// Only what the module changed is kept: documents alike in what the module reads share one
/// remembered result, and each keeps its own place unless the module gave it another.
/// </remarks>
internal sealed record DocumentDelta(bool NewSource, string? Source, bool NewDestination, string? Destination, (IKey Key, object Value)[] Changed, IKey[] Removed)
{
    /// <param name="views">Values the engine put in the input for the module to observe: never part of the output.</param>
    public static DocumentDelta Between(Document input, Document output, IReadOnlyCollection<object> views)
    {
        var changed = new List<(IKey, object)>();
        foreach (var (key, value) in output.Metadata)
        {
            if (!ReferenceEquals(input.Raw(key), value) && !views.Contains(value))
            {
                changed.Add((key, value));
            }
        }

        var removed = new List<IKey>();
        foreach (var (key, _) in input.Metadata)
        {
            if (output.Raw(key) is null)
            {
                removed.Add(key);
            }
        }

        return new DocumentDelta(
            output.Source != input.Source, output.Source,
            output.Destination != input.Destination, output.Destination,
            [.. changed], [.. removed]);
    }

    public Document ApplyTo(Document input) =>
        input.With(NewSource ? Source : input.Source, NewDestination ? Destination : input.Destination, Removed, Changed);
}
