using System.Collections.Immutable;

namespace KzEdition.Templating;

/// <summary>
/// Where a fragment rendered on its own (an article of the print edition, an entry of an index
/// page) goes in the page rendered around it: the page's model holds the fragment's mark as
/// <see cref="RawHtml"/>, and the rendered page is cut at its marks and joined with the fragments
/// as parts (<see cref="Engine.ContentParts"/>). So a page of megabytes is never rendered, nor
/// held, as one string, and each fragment is remembered on its own by what its template read.
/// </summary>
public static class FragmentMarks
{
    /// <summary>The character a mark begins and ends with: a control character no HTML the theme writes holds.</summary>
    public const char Edge = '\u0001';

    /// <summary>The mark of the fragment named <paramref name="name"/> (a number or an id: no <see cref="Edge"/> in it).</summary>
    public static string Of(string name) =>
        name.Contains(Edge, StringComparison.Ordinal) ? throw new ArgumentException($"a fragment's name holds the mark's edge: {name}", nameof(name)) : $"{Edge}{name}{Edge}";

    /// <summary>
    /// A page cut at its marks (<see cref="Cut"/>) put together again with, in each mark's place, the
    /// parts of its fragment (<paramref name="fragments"/>, one for each mark, in order): the page's parts.
    /// </summary>
    public static ImmutableArray<string> Join(List<string> texts, IReadOnlyList<ImmutableArray<string>> fragments)
    {
        var parts = ImmutableArray.CreateBuilder<string>(texts.Count + fragments.Sum(f => f.Length));
        for (var i = 0; i < fragments.Count; i++)
        {
            parts.Add(texts[i]);
            parts.AddRange(fragments[i]);
        }

        parts.Add(texts[^1]);
        return parts.MoveToImmutable();
    }

    /// <summary>
    /// The rendered page cut at its marks: the texts around them (one more than the marks) and the
    /// marks' names, in the order they stand.
    /// </summary>
    public static (List<string> Texts, List<string> Names) Cut(string rendered)
    {
        var texts = new List<string>();
        var names = new List<string>();
        var position = 0;
        while (rendered.IndexOf(Edge, position) is var start and >= 0
            && rendered.IndexOf(Edge, start + 1) is var end and >= 0)
        {
            texts.Add(rendered[position..start]);
            names.Add(rendered[(start + 1)..end]);
            position = end + 1;
        }

        texts.Add(rendered[position..]);
        return (texts, names);
    }
}
