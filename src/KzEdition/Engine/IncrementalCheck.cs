using System.Collections.Immutable;
using KzEdition.Engine.Memo;

namespace KzEdition.Engine;

/// <summary>
/// Compares what an incremental module's <see cref="IncrementalModule{TState}.Update"/> gave with
/// what its <see cref="IncrementalModule{TState}.Build"/> gives from the same inputs: the same
/// documents in the same order, each with the same source, destination and values (by content,
/// <see cref="Fingerprints"/>), and the same messages. A store that checks
/// (<see cref="MemoStore.Checking"/>) has the engine run this after every update.
/// </summary>
public static class IncrementalCheck
{
    /// <summary>The first difference, in words, or null when there is none.</summary>
    public static string? FirstDifference(
        ImmutableArray<Document> updated, IReadOnlyList<Diagnostic> updatedMessages,
        ImmutableArray<Document> built, IReadOnlyList<Diagnostic> builtMessages)
    {
        if (updated.Length != built.Length)
        {
            return $"{updated.Length} documents, where Build gives {built.Length}";
        }

        for (var i = 0; i < updated.Length; i++)
        {
            if (DocumentDifference(updated[i], built[i]) is { } difference)
            {
                return $"document {i + 1} ({built[i].DisplayName}): {difference}";
            }
        }

        var messages = updatedMessages.Select(m => m.ToString()).ToList();
        var expected = builtMessages.Select(m => m.ToString()).ToList();
        return messages.SequenceEqual(expected, StringComparer.Ordinal)
            ? null
            : $"messages [{string.Join("; ", messages)}], where Build reports [{string.Join("; ", expected)}]";
    }

    private static string? DocumentDifference(Document updated, Document built)
    {
        if (updated.Source != built.Source || updated.Destination != built.Destination)
        {
            return $"source and destination {updated.Source} → {updated.Destination}, where Build gives {built.Source} → {built.Destination}";
        }

        var keys = updated.Metadata.Select(m => m.Key.Name).Order(StringComparer.Ordinal).ToList();
        var expected = built.Metadata.Select(m => m.Key.Name).Order(StringComparer.Ordinal).ToList();
        if (!keys.SequenceEqual(expected, StringComparer.Ordinal))
        {
            return $"keys {string.Join(", ", keys)}, where Build gives {string.Join(", ", expected)}";
        }

        foreach (var (key, value) in built.Metadata)
        {
            if (Fingerprints.Of(updated.Raw(key)) != Fingerprints.Of(value))
            {
                return $"a different {key.Name}";
            }
        }

        return null;
    }
}
