using System.Collections.Immutable;
using KzEdition.Building;
using KzEdition.Engine;
using KzEdition.Indexing;
using KzEdition.Model;
using KzEdition.Printing;
using KzEdition.Site;
using KzEdition.Templating;
using Scriban.Runtime;

namespace KzEdition.Modules;

/// <summary>
/// Makes the print edition, <c>print/index.html</c>: the whole edition as one document (title page,
/// contents, every article with its apparatus, the indices, the colophon) through the theme's
/// <c>print</c> layout, which is a whole HTML document of its own (no <c>base</c>). Reads the
/// Articles pipeline's processed documents (bodies with numbered paragraphs and citation links,
/// before the site's index cross-links), the edition's index and the about page. A theme without a
/// <c>print</c> layout gets no print edition. Runs in PostProcess.
/// </summary>
public sealed class RenderPrintEdition(EditionContext edition) : IModule
{
    public const string Layout = "print";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        if (!edition.Theme.HasLayout(Layout))
        {
            return Task.FromResult(ImmutableArray<Document>.Empty);
        }

        var memo = edition.Cache?.Store("print-bodies");
        var documents = context.OutputsOf(PipelineNames.Articles);
        var articles = documents.Select((d, i) => (Article: d.Get<Article>(Keys.Article), Number: i + 1, Body: d.Get<string>(Keys.BodyHtml))).ToArray();
        var byId = articles.ToDictionary(a => a.Article.Id, a => (a.Article, a.Number), StringComparer.Ordinal);
        var index = context.OutputsOf(PipelineNames.Indices).FirstOrDefault()?.GetOrDefault<EditionIndex>(Keys.EditionIndex) ?? EditionIndex.Empty;
        var about = context.OutputsOf(PipelineNames.Pages).FirstOrDefault(p => p.Destination == "about/index.html");

        var models = new ScriptObject[articles.Length];
        Parallel.For(0, articles.Length, i =>
        {
            var (article, number, body) = articles[i];
            var prefix = PrintTemplateModel.ArticleId(article);
            var key = new RefKey(body, prefix);
            if (memo is null || !memo.TryGet(key, out string printBody))
            {
                printBody = PrintBody.Rewrite(body, prefix);
                memo?.Set(key, printBody);
            }

            var model = TemplateModel.Article(article, number, printBody);
            model["print_id"] = prefix;
            model["cite"] = TemplateModel.Citation(new Citing.ArticleCitation(article, edition.Settings));
            models[i] = model;
        });

        var site = TemplateModel.Site(edition.Settings);
        // The about page's text in the colophon: its ids in their own space, its links (to the report) as text.
        site["about_html"] = about?.GetOrDefault<string>(Keys.BodyHtml) is { } aboutHtml ? PrintBody.Rewrite(aboutHtml, "about") : "";
        site["about_title"] = about?.GetOrDefault<string>(Keys.Title);
        var model = new ScriptObject
        {
            ["site"] = site,
            ["ui"] = TemplateModel.Strings(edition.Theme.Strings.For(edition.Settings.Lang)),
            ["articles"] = new ScriptArray(models),
            ["indices"] = PrintTemplateModel.Indices(index, byId),
            ["sources"] = PrintTemplateModel.Sources(articles.Select(a => (a.Article, a.Number))),
            ["page"] = new ScriptObject
            {
                ["lang"] = edition.Settings.Lang,
                ["root"] = SitePaths.RootPrefix(SitePaths.PrintEdition),
                ["path"] = SitePaths.PrintEdition,
                ["layout"] = Layout,
            },
        };

        var html = edition.Theme.Render(Layout, model);
        var page = Document.Create(null, SitePaths.PrintEdition, html).With(Keys.InSitemap, false);
        return Task.FromResult(ImmutableArray.Create(page));
    }
}
