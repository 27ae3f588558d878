using System.Collections.Immutable;
using System.Net;
using System.Text;
using KzEdition.Cleaning;
using KzEdition.Engine;
using KzEdition.Model;
using KzEdition.Site;

namespace KzEdition.Modules;

/// <summary>
/// Writes <c>report.html</c>, the build report for editors: per source, the layout detected, the
/// articles found with their line ranges and the evidence for each cut, the furniture removed,
/// and every decision taken (those on weak evidence first); then the articles with their
/// witnesses. Reads the Sources pipeline's <see cref="EditionKeys.CleanedSource"/> and
/// <see cref="EditionKeys.Segments"/> and the ArticleTexts pipeline's <see cref="EditionKeys.Article"/>;
/// writes <see cref="EditionKeys.EditionReport"/>. Runs in PostProcess. In English, like the build's
/// messages: it reports on the text, it is not part of the edition's reading matter.
/// </summary>
public sealed class GenerateReport(string sourcesPipeline, string articlesPipeline) : AllDocumentsModule
{
    public override Reads Reads { get; } = new Reads().From(sourcesPipeline, EditionKeys.CleanedSource, EditionKeys.Segments).From(articlesPipeline, EditionKeys.Article);

    public override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var sources = context.OutputsOf(sourcesPipeline)
            .Select(d => (Cleaned: d.Get(EditionKeys.CleanedSource), Segments: d.Get(EditionKeys.Segments)))
            .ToList();
        var articles = context.OutputsOf(articlesPipeline).Select(d => d.Get(EditionKeys.Article)).ToList();
        var weak = sources.Sum(s => s.Cleaned.Decisions.Count(d => d.Severity >= Severity.Warning)) + articles.Count(a => a.TitleSource == TitleSource.Derived);
        var report = new EditionReport(
            sources.Count,
            articles.Count,
            articles.Count(a => a.Status == ArticleStatus.Fragment),
            articles.Count(a => a.Witnesses.Length > 1),
            articles.Count(a => a.TitleSource != TitleSource.Source),
            sources.Sum(s => s.Cleaned.Furniture.Length),
            weak,
            sources.GroupBy(s => SourceLayouts.ShortName(s.Cleaned.Layout)).ToImmutableDictionary(g => g.Key, g => g.Count()));

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Build report</title>\n<meta name=\"robots\" content=\"noindex\">\n<meta name=\"description\" content=\"How the edition was built: each source's layout, each article's witnesses, every decision of the cleaner.\">\n<link rel=\"icon\" href=\"assets/favicon.svg\" type=\"image/svg+xml\">\n<link rel=\"stylesheet\" href=\"assets/fonts.css\">\n<link rel=\"stylesheet\" href=\"assets/style.css\">\n</head>\n<body class=\"layout-report\">\n<main id=\"main\" class=\"report\">\n")
            .Append("<h1>Build report</h1>\n<p>").Append(E(report.Summary())).Append("</p>\n");

        html.Append("<h2 id=\"articles\">Articles</h2>\n<table>\n<thead><tr><th>id</th><th>title</th><th>lang</th><th>status</th><th>witnesses (source: lines)</th><th>notes</th></tr></thead>\n<tbody>\n");
        foreach (var a in articles)
        {
            html.Append("<tr><td><code>").Append(E(a.Id)).Append("</code></td><td><a href=\"").Append(E(SitePaths.ArticlePage(a.Slug))).Append("\" lang=\"").Append(E(a.Lang)).Append("\">")
                .Append(E(a.DisplayTitle)).Append("</a> <small>(title: ").Append(a.TitleSource.ToString().ToLowerInvariant()).Append(")</small></td><td>")
                .Append(E(a.Lang)).Append("</td><td>").Append(a.Status.ToString().ToLowerInvariant()).Append("</td><td>")
                .AppendJoin("<br>", a.Witnesses.Select(w => $"{E(w.Source)}: {w.FirstLine}–{w.LastLine}{(w.Primary && a.Witnesses.Length > 1 ? " (reading text)" : "")}"))
                .Append("</td><td>").AppendJoin(", ", a.Notes.GroupBy(n => n.Kind).Select(g => $"{g.Count()} {E(g.Key)}")).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");

        // The first article, in edition order, that has each witness (source and first line).
        var byWitness = new Dictionary<(string Source, int Line), Article>();
        foreach (var a in articles)
        {
            foreach (var w in a.Witnesses)
            {
                byWitness.TryAdd((w.Source, w.FirstLine), a);
            }
        }

        foreach (var (cleaned, segments) in sources)
        {
            var name = cleaned.Source.FileName;
            html.Append("<section class=\"report-source\">\n<h2 id=\"").Append(E(Anchor(name))).Append("\"><code>").Append(E(name)).Append("</code></h2>\n")
                .Append("<p>Layout: ").Append(E(SourceLayouts.Describe(cleaned.Layout))).Append("; encoding ").Append(E(cleaned.Source.Encoding))
                .Append("; ").Append(cleaned.Source.Lines.Length).Append(" lines, ").Append(cleaned.Blocks.Length).Append(" blocks.</p>\n");
            html.Append("<h3>Articles found</h3>\n<ol>\n");
            foreach (var segment in segments)
            {
                var article = byWitness.GetValueOrDefault((name, segment.FirstLine));
                html.Append("<li>lines ").Append(segment.FirstLine).Append('–').Append(segment.LastLine).Append(", starts at ").Append(E(segment.Reason));
                if (article is not null)
                {
                    html.Append(" → <a href=\"").Append(E(SitePaths.ArticlePage(article.Slug))).Append("\" lang=\"").Append(E(article.Lang)).Append("\">").Append(E(article.DisplayTitle)).Append("</a>");
                }

                html.Append("</li>\n");
            }

            html.Append("</ol>\n");
            Table(html, "Furniture removed", ["line", "text", "why"], cleaned.Furniture.Select(f => new[] { f.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), f.Text, f.Reason }));
            var decisions = cleaned.Decisions.OrderByDescending(d => d.Severity).ThenBy(d => d.Line);
            Table(html, "Decisions (weak evidence first)", ["line", "kind", "decision"], decisions.Select(d => new[] { d.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Severity == Severity.Warning ? "check" : "evidence", d.Message }));
            html.Append("</section>\n");
        }

        html.Append("<p><a href=\"index.html\">Home</a></p>\n</main>\n</body>\n</html>\n");
        return [Document.Create(null, SitePaths.Report).With(Keys.Text, html.ToString()).With(EditionKeys.EditionReport, report)];
    }

    private static void Table(StringBuilder html, string caption, string[] headers, IEnumerable<string[]> rows)
    {
        var list = rows.ToList();
        html.Append("<h3>").Append(E(caption)).Append("</h3>\n");
        if (list.Count == 0)
        {
            html.Append("<p>None.</p>\n");
            return;
        }

        html.Append("<table>\n<thead><tr>").AppendJoin("", headers.Select(h => $"<th>{E(h)}</th>")).Append("</tr></thead>\n<tbody>\n");
        foreach (var row in list)
        {
            html.Append("<tr>").AppendJoin("", row.Select(c => $"<td>{E(c)}</td>")).Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static string Anchor(string fileName) => "source-" + fileName.Replace('.', '-');

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
