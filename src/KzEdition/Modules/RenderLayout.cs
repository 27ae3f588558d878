using System.Collections.Immutable;
using KzEdition.Building;
using KzEdition.Engine;
using KzEdition.Model;
using KzEdition.Site;
using KzEdition.Templating;
using Scriban.Runtime;

namespace KzEdition.Modules;

/// <summary>
/// Renders each page through its layout and then the theme's <c>base</c> layout. Reads
/// <see cref="Keys.Layout"/>, <see cref="Keys.Title"/>, <see cref="Keys.Article"/> and
/// <see cref="Keys.BodyHtml"/>, and the Articles pipeline's documents for the table of contents and
/// previous/next links; sets the content to the page's HTML. Runs in PostProcess.
/// </summary>
public sealed class RenderLayout(EditionContext edition) : IModule
{
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var articles = context.OutputsOf(PipelineNames.Articles)
            .Select((d, i) => (Article: d.Get<Article>(Keys.Article), Number: i + 1))
            .ToImmutableArray();
        var contents = articles.Select(a => TemplateModel.Article(a.Article, a.Number)).ToArray();
        var positions = articles.Select((a, i) => (a.Article.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var site = TemplateModel.Site(edition.Settings);
        var ui = new ScriptObject();
        foreach (var (key, text) in edition.Theme.Strings.For(edition.Settings.Lang))
        {
            ui[key] = text;
        }


        var about = context.OutputsOf(PipelineNames.Pages).FirstOrDefault(p => p.Destination == "about/index.html");
        site["introduction_html"] = about?.GetOrDefault<string>(Keys.Introduction) ?? "";
        site["about_url"] = about?.Destination;
        var results = new Document[inputs.Length];
        await Parallel.ForAsync(0, inputs.Length, context.CancellationToken, (i, _) =>
        {
            var page = inputs[i];
            try
            {
                results[i] = page.WithContent(Render(page, site, ui, positions, contents));
            }
            catch (Exception ex) when (ex is not BuildException)
            {
                throw new DocumentException(page, ex);
            }

            return ValueTask.CompletedTask;
        });
        return [.. results];
    }

    private string Render(Document page, ScriptObject site, ScriptObject ui, Dictionary<string, int> positions, ScriptObject[] contents)
    {
        var destination = page.Destination ?? throw new InvalidOperationException("a page needs a destination");
        var layout = page.Get<string>(Keys.Layout);
        var baseUrl = edition.Settings.BaseUrl;

        // The 404 page is served at whatever depth the missing URL had, so relative links cannot
        // work there: it links absolutely when the base URL is known.
        var root = layout == "404" && baseUrl is not null ? baseUrl : SitePaths.RootPrefix(destination);
        var model = new ScriptObject
        {
            ["site"] = site,
            ["ui"] = ui,
            ["articles"] = new ScriptArray(contents),
            ["article"] = null,
            ["previous"] = null,
            ["next"] = null,
        };

        // The page is in the edition's language; an article in another language says so on its own element.
        var lang = edition.Settings.Lang;
        var title = page.GetOrDefault<string>(Keys.Title);
        if (page.GetOrDefault<Article>(Keys.Article) is { } article)
        {
            var index = positions[article.Id];
            var articleModel = TemplateModel.Article(article, index + 1, page.Get<string>(Keys.BodyHtml));
            articleModel["cite"] = TemplateModel.Citation(new Citing.ArticleCitation(article, edition.Settings));
            model["article"] = articleModel;
            model["previous"] = index > 0 ? contents[index - 1] : null;
            model["next"] = index < contents.Length - 1 ? contents[index + 1] : null;
            title = article.DisplayTitle;
        }

        model["page"] = new ScriptObject
        {
            ["title"] = title,
            ["lang"] = lang,
            ["layout"] = layout,
            ["root"] = root,
            ["path"] = destination,
            ["is_home"] = destination == SitePaths.Home,
            ["body_html"] = page.GetOrDefault<string>(Keys.BodyHtml),
            ["script"] = page.GetOrDefault<string>(Keys.Script) ?? "cyrl",
            ["canonical"] = baseUrl is null || layout == "404" ? null : SitePaths.Absolute(baseUrl, destination),
        };

        model["content"] = edition.Theme.Render(layout, model);
        return edition.Theme.Render("base", model);
    }
}
