using System.Collections.Immutable;
using System.Globalization;
using KzEdition.Engine;
using KzEdition.Templating;

namespace KzEdition.Modules;

/// <summary>
/// Puts the print edition together: the rendered frame (the last document, <c>print/index.html</c>)
/// cut at its marks (<see cref="FragmentMarks"/>), with each rendered fragment in its place (an article's
/// text, or the indices' parts, put together from their entries by <see cref="JoinPageFragments"/>), as
/// <see cref="ContentParts"/> (never one string of megabytes). A frame that drops or repeats a fragment's
/// mark is an error naming the print layout. Reads each part's <see cref="Keys.Text"/> or <see cref="Keys.Parts"/>;
/// the fragments are not written.
/// </summary>
public sealed class JoinPrintEdition : AllDocumentsModule
{
    public override Reads Reads { get; } = Reads.Of(Keys.Text, Keys.Parts).Using(EditionResources.Theme).NotRemembered();

    public override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        if (inputs.IsEmpty)
        {
            return [];
        }

        var frame = inputs[^1];
        // A fragment is one text, or parts when it was put together from fragments of its own (the indices' entries).
        var fragments = inputs[..^1].Select(d => d.GetOrDefault(Keys.Parts)?.Parts ?? [d.Get(Keys.Text)]).ToArray();
        var (texts, names) = FragmentMarks.Cut(frame.Get(Keys.Text));
        var places = names.Select(n => int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var place) ? place : -1).ToList();
        if (places.Count != fragments.Length || !places.Order().SequenceEqual(Enumerable.Range(0, fragments.Length)))
        {
            throw new BuildException(Diagnostic.Error(
                "the print layout must show every article's print_html and indices_html once each (a control character U+0001 in the text can also cause this)",
                context.Get(EditionResources.Theme).LayoutFile(RenderPage.PrintLayout)));
        }

        return [Document.Create(null, frame.Destination).With(EditionKeys.InSitemap, false).With(Keys.Parts, new ContentParts(FragmentMarks.Join(texts, [.. places.Select(p => fragments[p])])))];
    }
}
