using KzEdition.Engine;
using KzEdition.Model;
using KzEdition.Site;
using KzEdition.Templating;
using Scriban.Runtime;

namespace KzEdition.Modules;

/// <summary>
/// Makes each page's template model (<see cref="PageModel"/>): the shared site model, and what the
/// page itself shows: its article (made by <see cref="MakeArticleModel"/>, with its neighbours in the
/// table of contents), its index or timeline, its title, language, script, links to the root. Pages
/// without a layout (the search index's data files) pass through. Reads <see cref="EditionKeys.Layout"/>,
/// <see cref="EditionKeys.Title"/>, <see cref="EditionKeys.Article"/>, <see cref="EditionKeys.ArticleModel"/>,
/// <see cref="EditionKeys.ArticleContext"/>, <see cref="EditionKeys.BodyHtml"/>, <see cref="EditionKeys.Script"/>,
/// <see cref="EditionKeys.IndexKind"/>, <see cref="EditionKeys.IndexModel"/> (made by <see cref="MakeIndexModel"/>), the page's place, and the SiteModel pipeline's model; writes
/// <see cref="EditionKeys.PageModel"/>, and lets go of what is in the model now (the body's HTML, the
/// article's model and context). Not remembered: putting a model together costs less than the lookup,
/// and the page's rendering is remembered by what its templates read of the model.
/// </summary>
public sealed class MakePageModel(string siteModelPipeline) : PerDocumentModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.Layout, EditionKeys.Title, EditionKeys.Article, EditionKeys.ArticleModel, EditionKeys.ArticleContext, EditionKeys.BodyHtml, EditionKeys.Script, EditionKeys.IndexKind, EditionKeys.IndexModel)
        .From(siteModelPipeline, EditionKeys.SiteModel)
        .Using(EditionResources.Settings)
        .AndPlace()
        .NotRemembered();

    public override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        if (input.GetOrDefault(EditionKeys.Layout) is not { } layout)
        {
            return [input]; // not a page (the search index's data files)
        }

        var shared = context.OutputsOf(siteModelPipeline)[0].Get(EditionKeys.SiteModel);
        var settings = context.Get(EditionResources.Settings);
        var destination = input.Destination ?? throw new InvalidOperationException("a page needs a destination");
        var baseUrl = settings.BaseUrl;

        // The 404 page is served at whatever depth the missing URL had, so relative links cannot
        // work there: it links absolutely when the base URL is known, else from the host's root, and
        // its own script (theme's 404.html) moves the links under the sub-path the site turns out to have.
        var root = layout == "404" ? baseUrl ?? "/" : SitePaths.RootPrefix(destination);
        var model = new ScriptObject
        {
            ["site"] = shared.Site,
            ["ui"] = shared.Ui,
            ["articles"] = shared.ContentsArray,
            ["article"] = null,
            ["previous"] = null,
            ["next"] = null,
        };

        // The page is in the edition's language; an article in another language says so on its own element.
        var title = input.GetOrDefault(EditionKeys.Title);
        if (input.GetOrDefault(EditionKeys.Article) is { } article)
        {
            var position = input.Get(EditionKeys.ArticleContext).Number - 1;
            model["article"] = input.Get(EditionKeys.ArticleModel);
            model["previous"] = position > 0 ? shared.Contents[position - 1] : null;
            model["next"] = position < shared.Contents.Length - 1 ? shared.Contents[position + 1] : null;
            title = article.DisplayTitle;
        }

        var ui = shared.Ui;
        switch (layout)
        {
            case "indices":
                model["indices"] = input.Get(EditionKeys.IndexModel);
                title = ui["indices"] as string;
                break;
            case "index":
                var kind = input.Get(EditionKeys.IndexKind);
                model["index"] = input.Get(EditionKeys.IndexModel);
                title = ui["index_" + SitePaths.IndexName(kind)] as string;
                break;
            case "timeline":
                model["timeline"] = input.Get(EditionKeys.IndexModel);
                title = ui["timeline"] as string;
                break;
            case "search":
                title = ui["search"] as string;
                break;
        }

        model["page"] = new ScriptObject
        {
            ["title"] = title,
            ["lang"] = settings.Lang,
            ["layout"] = layout,
            ["root"] = root,
            ["path"] = destination,
            ["is_home"] = destination == SitePaths.Home,
            ["body_html"] = input.GetOrDefault(EditionKeys.BodyHtml) is { } body ? new RawHtml(body) : null,
            ["script"] = input.GetOrDefault(EditionKeys.Script) ?? "cyrl",
            ["canonical"] = baseUrl is null || layout == "404" ? null : SitePaths.Absolute(baseUrl, destination),
        };

        return [input.Without(EditionKeys.BodyHtml, EditionKeys.ArticleModel, EditionKeys.ArticleContext, EditionKeys.IndexModel).With(EditionKeys.PageModel, new PageModel(model))];
    }
}
