using KzEdition.Engine;
using KzEdition.Markdown;
using KzEdition.Markdown.Rendering;
using KzEdition.Site;

namespace KzEdition.Modules;

/// <summary>
/// Renders an article's body for its page from the parsed text: numbered paragraphs, citation
/// links, and the first mention of each indexed entry linked to it (relative to the page). Reads
/// <see cref="EditionKeys.Body"/>, <see cref="EditionKeys.Lang"/>, the page's place and, by queries,
/// <see cref="EditionKeys.IndexLinks"/>; writes <see cref="EditionKeys.BodyHtml"/>.
/// </summary>
public sealed class RenderArticleBody : PerDocumentModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.Body, EditionKeys.Lang).Observing(EditionKeys.IndexLinks).AndPlace();

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        var options = BodyRenderOptions.Site(input.Get(EditionKeys.IndexLinks), SitePaths.RootPrefix(input.Destination!), input.Get(EditionKeys.Lang));
        return [input.With(EditionKeys.BodyHtml, input.Get(EditionKeys.Body).RenderHtml(options))];
    }
}
