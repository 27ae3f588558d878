using System.Collections.Immutable;
using KzEdition.Engine;
using KzEdition.Site;
using KzEdition.Templating;

namespace KzEdition.Modules;

/// <summary>
/// Makes what every page's template model shares (<see cref="SiteModel"/>), once a build: the site
/// and its links, the interface strings, the table of contents, the articles by id, the index, the
/// about page. Reads the Articles pipeline's <see cref="EditionKeys.Article"/> and <see cref="EditionKeys.ContentsEntry"/>, the Pages pipeline's
/// about page and the Indices pipeline's <see cref="EditionKeys.EditionIndex"/>; writes a document
/// with <see cref="EditionKeys.SiteModel"/> (first), and one with <see cref="EditionKeys.ArticleHeadings"/>
/// (a value, unlike the model, that modules can be remembered by). Not remembered: pages are remembered by what their
/// templates read of their own model.
/// </summary>
public sealed class MakeSiteModel(string articlesPipeline, string pagesPipeline, string indicesPipeline) : AllDocumentsModule
{
    public override Reads Reads { get; } = new Reads()
        .From(articlesPipeline, EditionKeys.Article, EditionKeys.ContentsEntry)
        .From(pagesPipeline, EditionKeys.Introduction, EditionKeys.Body)
        .From(indicesPipeline, EditionKeys.EditionIndex)
        .Using(EditionResources.Settings, EditionResources.Theme, EditionResources.Options)
        .NotRemembered();

    public override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var settings = context.Get(EditionResources.Settings);
        var theme = context.Get(EditionResources.Theme);
        var pdf = context.Get(EditionResources.Options).Pdf;
        var articles = context.OutputsOf(articlesPipeline).Select((d, i) => (Article: d.Get(EditionKeys.Article), Number: i + 1)).ToImmutableArray();
        // Each article's entry of the contents, made and remembered per article (MakeContentsEntry).
        var contents = context.OutputsOf(articlesPipeline).Select(d => d.Get(EditionKeys.ContentsEntry)).ToImmutableArray();
        var index = SharedOutputs.Index(context, indicesPipeline);
        var site = TemplateModel.Site(settings);
        var about = context.OutputsOf(pagesPipeline).FirstOrDefault(p => p.Destination == "about/index.html");
        site["introduction_html"] = RawHtml.From(about?.GetOrDefault(EditionKeys.Introduction));
        site["about_url"] = about?.Destination;
        site["print_url"] = theme.HasLayout(RenderPage.PrintLayout) ? SitePaths.PrintEdition : null;
        site["print_pdf_url"] = pdf && theme.HasLayout(RenderPage.PrintLayout) ? SitePaths.PrintPdf(settings.Slug) : null;
        site["indices_url"] = index.Entries.IsEmpty && index.Timeline.IsEmpty ? null : SitePaths.Indices;
        var model = new SiteModel(
            site,
            TemplateModel.Strings(theme.Strings.For(settings.Lang)),
            contents,
            articles.ToImmutableDictionary(a => a.Article.Id, a => a, StringComparer.Ordinal),
            index,
            about?.GetOrDefault(EditionKeys.Body));
        return
        [
            Document.Create(null, null).With(EditionKeys.SiteModel, model),
            Document.Create(null, null).With(EditionKeys.ArticleHeadings, model.Headings),
        ];
    }
}
