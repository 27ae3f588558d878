using System.Collections.Immutable;
using KzEdition.Engine;

namespace KzEdition.Modules;

/// <summary>
/// Makes one page that no input stands behind (the home page, 404). Writes <see cref="Keys.Layout"/>,
/// <see cref="Keys.Title"/> and <see cref="Keys.InSitemap"/>.
/// </summary>
/// <param name="keepInputs">Whether the page joins the pipeline's documents (else it replaces them).</param>
public sealed class CreatePage(string destination, string layout, string? title, bool inSitemap, bool keepInputs = false) : IModule
{
    public string Name => $"{nameof(CreatePage)}({destination})";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var page = Document.Create(null, destination, "").With(Keys.Layout, layout).With(Keys.InSitemap, inSitemap);
        if (title is not null)
        {
            page = page.With(Keys.Title, title);
        }

        return Task.FromResult(keepInputs ? inputs.Add(page) : ImmutableArray.Create(page));
    }
}
