using System.Globalization;
using System.Collections.Immutable;
using KzEdition.Building;
using KzEdition.Engine;
using KzEdition.Indexing;
using KzEdition.Model;
using KzEdition.Site;
using KzEdition.Templating;
using Scriban.Runtime;

namespace KzEdition.Modules;

/// <summary>
/// Renders each page through its layout and then the theme's <c>base</c> layout. Reads
/// <see cref="Keys.Layout"/>, <see cref="Keys.Title"/>, <see cref="Keys.Article"/> and
/// <see cref="Keys.BodyHtml"/>, the Articles pipeline's documents for the table of contents and
/// previous/next links, and the Indices pipeline's <see cref="EditionIndex"/> for index pages,
/// related articles and keyword links; sets the content to the page's HTML. Runs in PostProcess.
/// </summary>
public sealed class RenderLayout(EditionContext edition) : IModule
{
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var (site, ui, pages, titles, counts) = await edition.OnceAsync("render-layout", () => Gather(context));
        var index = pages.Index;
        var memo = edition.Cache?.Store("layout:" + context.PipelineName);
        var results = new Document[inputs.Length];
        await Parallel.ForAsync(0, inputs.Length, context.CancellationToken, (i, _) =>
        {
            var page = inputs[i];
            if (page.GetOrDefault<string>(Keys.Layout) is null)
            {
                results[i] = page; // not a page (the search index's data files): passed through
                return ValueTask.CompletedTask;
            }

            try
            {
                var key = memo is null ? null : KeyOf(page, index, titles, counts, site);
                if (key is null || !memo!.TryGet(key, out string html))
                {
                    html = Render(page, site, ui, pages);
                    if (key is not null)
                    {
                        memo!.Set(key, html);
                    }
                }

                results[i] = page.WithContent(html);
            }
            catch (Exception ex) when (ex is not BuildException)
            {
                throw new DocumentException(page, ex);
            }

            return ValueTask.CompletedTask;
        });
        return [.. results];
    }

    /// <summary>
    /// Everything a page's HTML depends on, for an incremental session to render only the pages
    /// whose inputs changed: the theme and settings (the same objects while their files read the
    /// same), the page's own text and article, the table of contents' titles; the home page also the
    /// articles' counts, index pages the index, article pages their related articles and keywords.
    /// </summary>
    /// <remarks>
    /// An article page is not rendered again when only another article's paragraph or word count
    /// changed: a theme that shows those on article pages would see them late in the preview (never
    /// in a build).
    /// </remarks>
    private RefKey KeyOf(Document page, EditionIndex index, string titles, string counts, ScriptObject site)
    {
        var layout = page.Get<string>(Keys.Layout);
        var article = page.GetOrDefault<Article>(Keys.Article);
        object?[] common =
        [
            edition.Theme, edition.Settings, layout, page.Destination, page.GetOrDefault<string>(Keys.Title), page.GetOrDefault<string>(Keys.BodyHtml),
            article, page.GetOrDefault<string>(Keys.Script), site["introduction_html"] as string, site["about_url"] as string, site["indices_url"] as string, titles,
        ];
        return layout switch
        {
            "home" => new RefKey([.. common, counts]),
            // An index page shows its own rows; the list of indices their counts.
            "index" => new RefKey([.. common, Interned("index-page:" + page.Destination, index.PageFingerprint(page.Get<TermType>(Keys.IndexKind)))]),
            "timeline" => new RefKey([.. common, Interned("index-page:" + page.Destination, index.PageFingerprint(null))]),
            "indices" => new RefKey([.. common, string.Join(',', EditionIndex.Kinds.Select(k => index.Rows(k).Count())), index.Timeline.Length.ToString(CultureInfo.InvariantCulture)]),
            _ when article is not null => new RefKey([
                .. common,
                index.RelatedFingerprint(article.Id),
                string.Join('\n', article.Keywords.Select(k => index.Find(TermType.Keyword, k) is { } e ? EditionIndex.KeyOf(e) : "")),
            ]),
            _ => new RefKey(common),
        };
    }

    /// <summary>
    /// What every page's model is made from, gathered once a build for every pipeline that renders
    /// pages: the table of contents, the articles by id, the index, the site and interface strings,
    /// and the strings page keys compare (titles; titles and counts).
    /// </summary>
    private SharedInputs Gather(IExecutionContext context)
    {
        var articles = context.OutputsOf(PipelineNames.Articles)
            .Select((d, i) => (Article: d.Get<Article>(Keys.Article), Number: i + 1))
            .ToImmutableArray();
        // Each entry of the table of contents made once an article and place (templates only read them).
        var memo = edition.Cache?.Store("layout-contents");
        var contents = articles.Select(a =>
        {
            var key = new RefKey(a.Article, a.Number.ToString(CultureInfo.InvariantCulture));
            if (memo is null || !memo.TryGet(key, out ScriptObject entry))
            {
                entry = TemplateModel.Article(a.Article, a.Number);
                memo?.Set(key, entry);
            }

            return entry;
        }).ToArray();
        var positions = articles.Select((a, i) => (a.Article.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var byId = articles.ToDictionary(a => a.Article.Id, a => a, StringComparer.Ordinal);
        var index = BuildEditionIndex.Of(context) ?? EditionIndex.Empty;
        var site = TemplateModel.Site(edition.Settings);
        var ui = TemplateModel.Strings(edition.Theme.Strings.For(edition.Settings.Lang));

        var about = context.OutputsOf(PipelineNames.Pages).FirstOrDefault(p => p.Destination == "about/index.html");
        site["introduction_html"] = about?.GetOrDefault<string>(Keys.Introduction) ?? "";
        site["about_url"] = about?.Destination;
        site["print_url"] = edition.Theme.HasLayout(RenderPrintEdition.Layout) ? SitePaths.PrintEdition : null;
        site["print_pdf_url"] = edition.Pdf && edition.Theme.HasLayout(RenderPrintEdition.Layout) ? SitePaths.PrintPdf(edition.Settings.Slug) : null;
        site["indices_url"] = index.Entries.IsEmpty && index.Timeline.IsEmpty ? null : SitePaths.Indices;
        var titles = string.Join('\n', articles.Select(a => string.Join('\t', a.Article.Id, a.Article.Slug, a.Article.DisplayTitle, a.Article.Lang, string.Join('|', a.Article.Authors), a.Article.Status, a.Article.TitleSource)));
        var counts = titles + string.Join(',', articles.Select(a => $"{a.Article.ParagraphCount}/{a.Article.WordCount}"));
        if (edition.Cache is { } cache)
        {
            titles = cache.Intern("layout-titles", titles);
            counts = cache.Intern("layout-counts", counts);
        }

        return new SharedInputs(site, ui, new Pages(positions, contents, byId, index), titles, counts);
    }

    private sealed record SharedInputs(ScriptObject Site, ScriptObject Ui, Pages Pages, string Titles, string Counts);

    private string Interned(string name, string value) => edition.Cache?.Intern(name, value) ?? value;

    /// <summary>What every page's model is made from, gathered once a build.</summary>
    private sealed record Pages(
        Dictionary<string, int> Positions,
        ScriptObject[] Contents,
        Dictionary<string, (Article Article, int Number)> ById,
        EditionIndex Index);

    private string Render(Document page, ScriptObject site, ScriptObject ui, Pages pages)
    {
        var (positions, contents, byId, index) = pages;
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
            var position = positions[article.Id];
            var articleModel = TemplateModel.Article(article, position + 1, page.Get<string>(Keys.BodyHtml));
            articleModel["cite"] = TemplateModel.Citation(new Citing.ArticleCitation(article, edition.Settings) { WithPdf = edition.Pdf });
            articleModel["pdf_url"] = edition.Pdf ? SitePaths.ArticlePdf(article.Slug) : null;
            model["article"] = articleModel;
            model["previous"] = position > 0 ? contents[position - 1] : null;
            model["next"] = position < contents.Length - 1 ? contents[position + 1] : null;
            articleModel["related"] = IndexTemplateModel.Related(index, article, byId);
            articleModel["keyword_links"] = IndexTemplateModel.KeywordLinks(index, article);
            title = article.DisplayTitle;
        }

        switch (layout)
        {
            case "indices":
                model["indices"] = IndexTemplateModel.Indices(index);
                title = ui["indices"] as string;
                break;
            case "index":
                var kind = page.Get<TermType>(Keys.IndexKind);
                model["index"] = IndexTemplateModel.Index(index, kind, byId);
                title = ui["index_" + SitePaths.IndexName(kind)] as string;
                break;
            case "timeline":
                model["timeline"] = IndexTemplateModel.Timeline(index, byId);
                title = ui["timeline"] as string;
                break;
            case "search":
                title = ui["search"] as string;
                break;
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
