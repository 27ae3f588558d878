using System.Collections.Immutable;
using KzEdition.Engine;

namespace KzEdition.Modules;

/// <summary>
/// Documents that belong to the document after them: the rows of an index page, and the rendered
/// fragments of a page, come before it, because a per-document module keeps its outputs in order and
/// each row or fragment is made just before the page it belongs to.
/// </summary>
internal static class LeadingDocuments
{
    /// <summary>
    /// Each document without <paramref name="key"/>, with the documents with it that come just before
    /// it (none for most). Documents with it that end the list belong to no page: a fault of the
    /// modules that made them.
    /// </summary>
    public static IEnumerable<(List<Document> Leading, Document Document)> Each(ImmutableArray<Document> inputs, IKey key)
    {
        var leading = new List<Document>();
        foreach (var input in inputs)
        {
            if (input.Has(key))
            {
                leading.Add(input);
                continue;
            }

            yield return (leading, input);
            leading = [];
        }

        if (leading.Count > 0)
        {
            throw new InvalidOperationException($"{leading.Count} documents with {key.Name} and no document after them that they belong to");
        }
    }
}
