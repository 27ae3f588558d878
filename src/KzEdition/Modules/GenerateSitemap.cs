using System.Collections.Immutable;
using System.Security;
using System.Text;
using KzEdition.Engine;
using KzEdition.Site;

namespace KzEdition.Modules;

/// <summary>
/// Writes <c>sitemap.xml</c> (sitemaps.org 0.9) listing every page of the given pipelines that has
/// <see cref="EditionKeys.InSitemap"/>, when the base URL is known; nothing otherwise, since a sitemap
/// needs absolute URLs. Runs in PostProcess.
/// </summary>
public sealed class GenerateSitemap(params string[] pagePipelines) : AllDocumentsModule
{
    public override Reads Reads { get; } = pagePipelines.Aggregate(Reads.Nothing.Using(EditionResources.Settings), (reads, p) => reads.From(p, EditionKeys.InSitemap));

    public override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        if (context.Get(EditionResources.Settings).BaseUrl is not { } baseUrl)
        {
            return [];
        }

        var urls = pagePipelines
            .SelectMany(p => context.OutputsOf(p))
            .Where(d => d.Destination is not null && d.GetOrDefault(EditionKeys.InSitemap, false))
            .Select(d => SitePaths.Absolute(baseUrl, d.Destination!))
            .Distinct()
            .Order(StringComparer.Ordinal);
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var url in urls)
        {
            xml.Append("  <url><loc>").Append(SecurityElement.Escape(url)).Append("</loc></url>\n");
        }

        xml.Append("</urlset>\n");
        return [Document.Create(null, SitePaths.Sitemap).With(Keys.Text, xml.ToString())];
    }
}
