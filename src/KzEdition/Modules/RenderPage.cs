using KzEdition.Engine;
using KzEdition.Templating;

namespace KzEdition.Modules;

/// <summary>
/// Renders each page through its layout and then the theme's <c>base</c> layout (the print
/// edition's layouts are whole documents or fragments of one, and have no frame); a page in the
/// Latin script is written through <see cref="LatinPage"/>. Reads, by queries, the page's
/// <see cref="EditionKeys.PageModel"/> (so it is rendered again exactly when a variable its templates
/// read changed), its <see cref="EditionKeys.Layout"/> and <see cref="EditionKeys.Script"/>, and the
/// theme; writes the content. Documents without a model pass through.
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
        string html;
        if (layout == PrintLayout || layout.StartsWith("partials/", StringComparison.Ordinal))
        {
            html = theme.Render(layout, variables);
        }
        else
        {
            variables[Content] = theme.Render(layout, variables);
            html = theme.Render("base", variables);
        }

        if (input.GetOrDefault(EditionKeys.Script) == "latn")
        {
            html = LatinPage.Transliterate(html);
        }

        return [input.With(Keys.Text, html)];
    }
}
