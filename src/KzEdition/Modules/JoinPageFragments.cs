using System.Collections.Immutable;
using KzEdition.Engine;
using KzEdition.Templating;

namespace KzEdition.Modules;

/// <summary>
/// Puts rendered fragments (documents named by <see cref="EditionKeys.FragmentName"/>: the entries
/// of an index page, made by <see cref="MakeIndexEntryFragments"/>, and of the print edition's indices,
/// made by <see cref="MakePrintIndexFragments"/>) into the page that follows them, a page of
/// <paramref name="layout"/>: the page is cut at its marks (<see cref="FragmentMarks"/>) and becomes
/// <see cref="ContentParts"/>, each fragment's text a part, never one string of megabytes. A mark the
/// page shows twice gets the fragment twice; a fragment the page does not show is dropped. A mark no
/// fragment answers (the layout changed <c>entry.html</c>, say with a filter) is an error naming the
/// layout. The fragments are not written; other documents pass through. Reads <see cref="Keys.Text"/>,
/// <see cref="EditionKeys.Layout"/> and <see cref="EditionKeys.FragmentName"/>; not remembered: cutting
/// a page and joining its parts costs less than fingerprinting them.
/// </summary>
public sealed class JoinPageFragments(string layout) : AllDocumentsModule
{
    public override Reads Reads { get; } = Reads.Of(Keys.Text, EditionKeys.Layout, EditionKeys.FragmentName).Using(EditionResources.Theme).NotRemembered();

    /// <summary>
    /// A fragment of the page at <paramref name="page"/>, rendered on its own through <paramref name="partial"/>
    /// with <paramref name="model"/> and joined into the page by this module. Named by the page and the
    /// fragment: its rendering is remembered by its place.
    /// </summary>
    public static Document Fragment(string page, string name, string partial, PageModel model) =>
        Document.Create($"{page}#{name}", null)
            .With(EditionKeys.Layout, partial)
            .With(EditionKeys.FragmentName, name)
            .With(EditionKeys.PageModel, model);

    public override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var outputs = ImmutableArray.CreateBuilder<Document>();
        foreach (var (fragments, page) in LeadingDocuments.Each(inputs, EditionKeys.FragmentName))
        {
            if (page.GetOrDefault(EditionKeys.Layout) != layout || page.GetOrDefault(Keys.Text) is not { } text)
            {
                outputs.Add(fragments.Count == 0 ? page : throw new InvalidOperationException($"fragments before {page.Destination}, not a page of {layout}"));
                continue;
            }

            var byName = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
            foreach (var fragment in fragments)
            {
                byName[fragment.Get(EditionKeys.FragmentName)] = [fragment.Get(Keys.Text)];
            }

            var (texts, names) = FragmentMarks.Cut(text);
            if (names.FirstOrDefault(n => !byName.ContainsKey(n)) is { } unanswered)
            {
                throw new BuildException(Diagnostic.Error(
                    $"the layout shows a mark of an entry's fragment that is not the entry's html ({unanswered}): write {{{{ entry.html }}}} as it is, without a filter (a control character U+0001 in the text can also cause this)",
                    context.Get(EditionResources.Theme).LayoutFile(layout)));
            }

            outputs.Add(page.Without(Keys.Text).With(Keys.Parts, new ContentParts(FragmentMarks.Join(texts, [.. names.Select(n => byName[n])]))));
        }

        return outputs.ToImmutable();
    }
}
