using System.Collections.Immutable;
using System.Net;
using System.Text;
using KzEdition.Cleaning;
using KzEdition.Model;
using KzEdition.Site;

namespace KzEdition.Modules;

/// <summary>
/// The HTML of <c>report.html</c>, the build report for editors, in its parts: the head (the summary
/// and the articles with their witnesses), one section a source (the layout detected, the articles
/// found with their line ranges and the evidence for each cut, the furniture removed, and every
/// decision taken, those on weak evidence first), and the foot. In English, like the build's
/// messages: it reports on the text, it is not part of the edition's reading matter.
/// </summary>
public static class ReportHtml
{
    /// <summary>The numbers of the summary, from the cleaned sources and the articles.</summary>
    public static EditionReport Summary(IReadOnlyList<CleanedSource> sources, IReadOnlyList<Article> articles) => new(
        sources.Count,
        articles.Count,
        articles.Count(a => a.Status == ArticleStatus.Fragment),
        articles.Count(a => a.Witnesses.Length > 1),
        articles.Count(a => a.TitleSource != TitleSource.Source),
        sources.Sum(s => s.Furniture.Length),
        sources.Sum(s => s.Decisions.Count(d => d.Severity >= Engine.Severity.Warning)) + articles.Count(a => a.TitleSource == TitleSource.Derived),
        sources.GroupBy(s => SourceLayouts.ShortName(s.Layout)).ToImmutableDictionary(g => g.Key, g => g.Count()));

    /// <summary>The page's head, the summary and the table of articles.</summary>
    public static string Head(EditionReport report, IReadOnlyList<Article> articles)
    {
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
        return html.ToString();
    }

    /// <summary>
    /// For each source, the article each of its segments became: the first article, in edition order,
    /// with that segment (its source's file name and first line) as a witness.
    /// </summary>
    public static ImmutableArray<ImmutableArray<ReportLink>> Links(IReadOnlyList<(CleanedSource Cleaned, ImmutableArray<ArticleSegment> Segments)> sources, IReadOnlyList<Article> articles)
    {
        var byWitness = new Dictionary<(string Source, int Line), Article>();
        foreach (var a in articles)
        {
            foreach (var w in a.Witnesses)
            {
                byWitness.TryAdd((w.Source, w.FirstLine), a);
            }
        }

        var links = ImmutableArray.CreateBuilder<ImmutableArray<ReportLink>>(sources.Count);
        foreach (var (cleaned, segments) in sources)
        {
            var found = ImmutableArray.CreateBuilder<ReportLink>();
            for (var i = 0; i < segments.Length; i++)
            {
                if (byWitness.GetValueOrDefault((cleaned.Source.FileName, segments[i].FirstLine)) is { } article)
                {
                    found.Add(new ReportLink(i, SitePaths.ArticlePage(article.Slug), article.Lang, article.DisplayTitle));
                }
            }

            links.Add(found.ToImmutable());
        }

        return links.MoveToImmutable();
    }

    /// <summary>A source's section: its layout, the articles found in it, the furniture removed and the decisions taken.</summary>
    public static string Section(CleanedSource cleaned, ImmutableArray<ArticleSegment> segments, ImmutableArray<ReportLink> links)
    {
        var html = new StringBuilder();
        var name = cleaned.Source.FileName;
        html.Append("<section class=\"report-source\">\n<h2 id=\"").Append(E(Anchor(name))).Append("\"><code>").Append(E(name)).Append("</code></h2>\n")
            .Append("<p>Layout: ").Append(E(SourceLayouts.Describe(cleaned.Layout))).Append("; encoding ").Append(E(cleaned.Source.Encoding))
            .Append("; ").Append(cleaned.Source.Lines.Length).Append(" lines, ").Append(cleaned.Blocks.Length).Append(" blocks.</p>\n");
        html.Append("<h3>Articles found</h3>\n<ol>\n");
        var next = 0;
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            html.Append("<li>lines ").Append(segment.FirstLine).Append('–').Append(segment.LastLine).Append(", starts at ").Append(E(segment.Reason));
            if (next < links.Length && links[next].Segment == i)
            {
                var link = links[next++];
                html.Append(" → <a href=\"").Append(E(link.Href)).Append("\" lang=\"").Append(E(link.Lang)).Append("\">").Append(E(link.Title)).Append("</a>");
            }

            html.Append("</li>\n");
        }

        html.Append("</ol>\n");
        Table(html, "Furniture removed", ["line", "text", "why"], cleaned.Furniture.Select(f => new[] { f.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), f.Text, f.Reason }));
        var decisions = cleaned.Decisions.OrderByDescending(d => d.Severity).ThenBy(d => d.Line);
        Table(html, "Decisions (weak evidence first)", ["line", "kind", "decision"], decisions.Select(d => new[] { d.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Severity == Engine.Severity.Warning ? "check" : "evidence", d.Message }));
        html.Append("</section>\n");
        return html.ToString();
    }

    /// <summary>The page's foot.</summary>
    public const string Foot = "<p><a href=\"index.html\">Home</a></p>\n</main>\n</body>\n</html>\n";

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
