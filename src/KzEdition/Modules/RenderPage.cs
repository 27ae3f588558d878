using System.Text;
using KzEdition.Engine;
using KzEdition.Templating;

namespace KzEdition.Modules;

/// <summary>
/// Renders each page through its layout and then the theme's <c>base</c> layout (the print
/// edition's layouts are whole documents or fragments of one, and have no frame); a page in the
/// Latin script is written through a <see cref="LatinPageWriter"/> as it is rendered. Reads, by queries, the page's
/// <see cref="EditionKeys.PageModel"/> (so it is rendered again exactly when a variable its templates
/// read changed), its <see cref="EditionKeys.Layout"/> and <see cref="EditionKeys.Script"/>, and the
/// theme; writes the content, and lets the model go (a build does not hold every page's model to
/// its end). Documents without a model pass through.
/// </summary>
public sealed class RenderPage : PerDocumentModule
{
    /// <summary>The print edition's layout: a whole HTML document of its own (no <c>base</c>).</summary>
    public const string PrintLayout = "print";

    /// <summary>The variable the frame receives the page's own layout in.</summary>
    private const string Content = "content";

    public override Reads Reads { get; } = Reads.Of(EditionKeys.Layout, EditionKeys.Script).Observing(EditionKeys.PageModel).Using(EditionResources.Theme);

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        if (input.GetOrDefault(EditionKeys.PageModel) is not { } model)
        {
            return [input];
        }

        var theme = context.Get(EditionResources.Theme);
        var layout = input.Get(EditionKeys.Layout);
        var variables = model.Variables([Content]);
        var framed = layout != PrintLayout && !layout.StartsWith("partials/", StringComparison.Ordinal);
        if (framed)
        {
            variables[Content] = new RawHtml(theme.Render(layout, variables));
        }

        var outer = framed ? "base" : layout;
        if (input.GetOrDefault(EditionKeys.Script) != "latn")
        {
            return [input.Without(EditionKeys.PageModel).With(Keys.Text, theme.Render(outer, variables))];
        }

        // The Latin page: written in Latin while the frame writes it (the page's own layout, already
        // rendered, goes through the writer as the frame places it).
        var text = LatinText ??= new StringBuilder(InitialLatinCapacity);
        var page = new StringWriter(text, System.Globalization.CultureInfo.InvariantCulture);
        string latinPage;
        try
        {
            using (var latin = new LatinPageWriter(page, leaveOpen: true))
            {
                theme.Render(outer, variables, latin);
            }

            latinPage = text.ToString();
        }
        finally
        {
            // Emptied for the thread's next page; one that grew it past a few pages' size is not kept.
            if (text.Capacity > LargestLatinCapacity)
            {
                LatinText = null;
            }
            else
            {
                text.Clear();
            }
        }

        return [input.Without(EditionKeys.PageModel).With(Keys.Text, latinPage)];
    }

    private const int InitialLatinCapacity = 64 * 1024;

    private const int LargestLatinCapacity = 1 << 20;

    /// <summary>
    /// Where this thread writes its Latin pages, kept from page to page: a builder made for each
    /// page grew chunk by chunk to the page's size, twice the page in garbage with the copy out.
    /// Clear keeps a one-chunk builder's array; a builder that grew in chunks is made one chunk
    /// again by it, so the next page of the same size writes into a single array.
    /// </summary>
    [ThreadStatic]
    private static StringBuilder? LatinText;
}
