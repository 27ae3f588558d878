using System.Collections.Immutable;
using KzEdition.Engine;

namespace KzEdition.Modules;

/// <summary>
/// Makes one page that no input stands behind (the home page, 404, search). Writes
/// <see cref="EditionKeys.Layout"/>, <see cref="EditionKeys.Title"/> and <see cref="EditionKeys.InSitemap"/>.
/// </summary>
/// <param name="keepInputs">Whether the page joins the pipeline's documents (else it replaces them).</param>
public sealed class CreatePage(string destination, string layout, string? title, bool inSitemap, bool keepInputs = false) : AllDocumentsModule
{
    public override string Name => $"{nameof(CreatePage)}({destination})";

    public override Reads Reads { get; } = Reads.Nothing.NotRemembered();

    public override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var page = Document.Create(null, destination).With(EditionKeys.Layout, layout).With(EditionKeys.InSitemap, inSitemap);
        if (title is not null)
        {
            page = page.With(EditionKeys.Title, title);
        }

        return keepInputs ? inputs.Add(page) : [page];
    }
}
