using System.Collections.Immutable;
using System.Globalization;
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
/// <remarks>
/// The document is made in fragments: each article (<c>partials/print-article.html</c>), the
/// indices (<c>partials/print-indices.html</c>), and the frame around them (<c>print.html</c>,
/// where the template places markers for the fragments), and written as <see cref="ContentParts"/>,
/// never as one string of megabytes. In a preview session each fragment is rendered again only
/// when what it shows changed: a one-paragraph edit renders one article.
/// </remarks>
public sealed class RenderPrintEdition(EditionContext edition) : IModule
{
    public const string Layout = "print";

    /// <summary>One article of the print edition.</summary>
    public const string ArticlePartial = "partials/print-article";

    /// <summary>The print edition's indices.</summary>
    public const string IndicesPartial = "partials/print-indices";

    /// <summary>Marks where a fragment goes in the rendered frame (characters no HTML the theme writes holds).</summary>
    private const char MarkerEdge = '\u0001';

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        if (!edition.Theme.HasLayout(Layout))
        {
            return Task.FromResult(ImmutableArray<Document>.Empty);
        }

        var memo = edition.Cache?.Store("print");
        var articles = context.OutputsOf(PipelineNames.Articles)
            .Select((d, i) => (Article: d.Get<Article>(Keys.Article), Number: i + 1, Body: d.Get<string>(Keys.BodyHtml)))
            .ToArray();
        var index = BuildEditionIndex.Of(context) ?? EditionIndex.Empty;
        var aboutHtml = context.OutputsOf(PipelineNames.Pages).FirstOrDefault(p => p.Destination == "about/index.html")?.GetOrDefault<string>(Keys.BodyHtml);
        var shared = new Lazy<(ScriptObject Site, ScriptObject Ui, ScriptObject Page)>(() => Shared(aboutHtml));

        var fragments = new string[articles.Length + 1];
        Parallel.For(0, articles.Length, i =>
        {
            var (article, number, body) = articles[i];
            var key = new RefKey(edition.Theme, edition.Settings, article, body, number.ToString(CultureInfo.InvariantCulture));
            if (memo is null || !memo.TryGet(key, out string html))
            {
                var model = ArticleModel(article, number);
                model["body_html"] = PrintBody.Rewrite(body, PrintTemplateModel.ArticleId(article));
                model["cite"] = TemplateModel.Citation(new Citing.ArticleCitation(article, edition.Settings));
                var (site, ui, page) = shared.Value;
                html = edition.Theme.Render(ArticlePartial, new ScriptObject { ["site"] = site, ["ui"] = ui, ["page"] = page, ["article"] = model });
                memo?.Set(key, html);
            }

            fragments[i] = html;
        });

        // The index shows article numbers and points at slugs: the same index object, articles and theme render the same.
        var places = string.Join('\n', articles.Select(a => a.Article.Id + " " + a.Article.Slug));
        var indicesKey = new RefKey(edition.Theme, edition.Settings, index, places);
        if (memo is null || !memo.TryGet(indicesKey, out string indices))
        {
            var byId = articles.ToDictionary(a => a.Article.Id, a => (a.Article, a.Number), StringComparer.Ordinal);
            var (site, ui, page) = shared.Value;
            indices = edition.Theme.Render(IndicesPartial, new ScriptObject { ["site"] = site, ["ui"] = ui, ["page"] = page, ["indices"] = PrintTemplateModel.Indices(index, byId) });
            memo?.Set(indicesKey, indices);
        }

        fragments[articles.Length] = indices;

        // The frame shows the contents and the colophon: titles, authors, witnesses, supplied titles.
        var frameKey = new RefKey(edition.Theme, edition.Settings, aboutHtml, FrameFacts(articles.Select(a => a.Article), index));
        if (memo is null || !memo.TryGet(frameKey, out Frame frame))
        {
            var (site, ui, page) = shared.Value;
            var model = new ScriptObject
            {
                ["site"] = site,
                ["ui"] = ui,
                ["page"] = page,
                ["articles"] = new ScriptArray(articles.Select((a, i) =>
                {
                    var article = ArticleModel(a.Article, a.Number);
                    article["print_html"] = Marker(i);
                    return article;
                })),
                ["indices"] = new ScriptArray(index.KindsWithRows(PrintTemplateModel.Kinds).Select(k => new ScriptObject { ["name"] = SitePaths.IndexName(k), ["id"] = PrintTemplateModel.IndexId(k) })),
                ["indices_html"] = Marker(articles.Length),
                ["sources"] = PrintTemplateModel.Sources(articles.Select(a => (a.Article, a.Number))),
            };
            frame = Frame.Split(edition.Theme.Render(Layout, model));
            if (!frame.Places(fragments.Length))
            {
                throw new BuildException(Diagnostic.Error(
                    $"the print layout must show every article's print_html and indices_html once each (a control character U+0001 in the text can also cause this)",
                    Path.Combine(edition.Theme.Directory, "layouts", Layout + ".html")));
            }

            memo?.Set(frameKey, frame);
        }

        var parts = frame.Assemble(fragments);
        // The same parts as last time: the same object, which the writer recognises without reading it.
        var partsKey = new RefKey([.. parts]);
        if (memo is null || !memo.TryGet(partsKey, out ContentParts content))
        {
            content = new ContentParts(parts);
            memo?.Set(partsKey, content);
        }

        var document = Document.Create(null, SitePaths.PrintEdition, "").With(Keys.ContentParts, content).With(Keys.InSitemap, false);
        return Task.FromResult(ImmutableArray.Create(document));
    }

    private (ScriptObject Site, ScriptObject Ui, ScriptObject Page) Shared(string? aboutHtml)
    {
        var site = TemplateModel.Site(edition.Settings);
        // The about page's text in the colophon: its ids in their own space, its links (to the report) as text.
        site["about_html"] = aboutHtml is null ? "" : PrintBody.Rewrite(aboutHtml, "about");
        var ui = TemplateModel.Strings(edition.Theme.Strings.For(edition.Settings.Lang));
        var page = new ScriptObject
        {
            ["lang"] = edition.Settings.Lang,
            ["root"] = SitePaths.RootPrefix(SitePaths.PrintEdition),
            ["path"] = SitePaths.PrintEdition,
            ["layout"] = Layout,
        };
        return (site, ui, page);
    }

    private static ScriptObject ArticleModel(Article article, int number)
    {
        var model = TemplateModel.Article(article, number);
        model["print_id"] = PrintTemplateModel.ArticleId(article);
        return model;
    }

    /// <summary>What the frame shows of the articles and the index, as one string (interned, so an unchanged one is the same object).</summary>
    private string FrameFacts(IEnumerable<Article> articles, EditionIndex index)
    {
        var facts = new System.Text.StringBuilder();
        foreach (var article in articles)
        {
            facts.Append(article.Id).Append('\t').Append(article.Slug).Append('\t').Append(article.DisplayTitle).Append('\t').Append(article.Lang)
                .Append('\t').AppendJoin('|', article.Authors).Append('\t').Append(article.TitleSource).Append('\t').Append(article.Status)
                .Append('\t').AppendJoin('|', article.Witnesses.Select(w => $"{w.Source}:{w.FirstLine}-{w.LastLine}:{w.Primary}")).Append('\n');
        }

        facts.AppendJoin(',', index.KindsWithRows(PrintTemplateModel.Kinds));
        return edition.Cache?.Intern("print-frame", facts.ToString()) ?? facts.ToString();
    }

    private static string Marker(int fragment) => $"{MarkerEdge}{fragment.ToString(CultureInfo.InvariantCulture)}{MarkerEdge}";

    /// <summary>The rendered frame cut at its markers: text, fragment, text, … text.</summary>
    private sealed record Frame(ImmutableArray<string> Texts, ImmutableArray<int> Fragments)
    {
        public static Frame Split(string rendered)
        {
            var texts = ImmutableArray.CreateBuilder<string>();
            var fragments = ImmutableArray.CreateBuilder<int>();
            var position = 0;
            while (rendered.IndexOf(MarkerEdge, position) is var start and >= 0
                && rendered.IndexOf(MarkerEdge, start + 1) is var end and >= 0
                && int.TryParse(rendered.AsSpan(start + 1, end - start - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var fragment))
            {
                texts.Add(rendered[position..start]);
                fragments.Add(fragment);
                position = end + 1;
            }

            texts.Add(rendered[position..]);
            return new Frame(texts.ToImmutable(), fragments.ToImmutable());
        }

        /// <summary>Whether every fragment 0 … count − 1 has its one place (a template that drops or repeats a marker does not).</summary>
        public bool Places(int count) => Fragments.Length == count && Fragments.Order().SequenceEqual(Enumerable.Range(0, count));

        public ImmutableArray<string> Assemble(string[] fragments)
        {
            var parts = ImmutableArray.CreateBuilder<string>((Texts.Length * 2) - 1);
            for (var i = 0; i < Fragments.Length; i++)
            {
                parts.Add(Texts[i]);
                parts.Add(fragments[Fragments[i]]);
            }

            parts.Add(Texts[^1]);
            return parts.MoveToImmutable();
        }
    }
}
