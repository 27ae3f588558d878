using KzEdition.Indexing;
using KzEdition.Model;
using KzEdition.Site;
using Scriban.Runtime;

namespace KzEdition.Templating;

/// <summary>
/// What the print edition's template sees besides the site and the articles: the indices of a
/// printed book (persons, organisations, places, acronyms) with locators that point into the one
/// document (<c>#slug-p12</c>), which the print script turns into page numbers, and the colophon's
/// list of sources with the articles each gave.
/// </summary>
public static class PrintTemplateModel
{
    /// <summary>The indices a printed book carries; keywords and the timeline stay on the site.</summary>
    public static IReadOnlyList<TermType> Kinds { get; } = [TermType.Person, TermType.Organisation, TermType.Place, TermType.Acronym];

    /// <summary>
    /// The id an article has in the print edition, which its body's ids are prefixed with
    /// (<c>a-slug--p12</c>): "a-" keeps it apart from the document's own ids (contents, indices,
    /// colophon, the about page's <c>about--…</c>).
    /// </summary>
    public static string ArticleId(Article article) => ArticleId(article.Slug);

    /// <summary>The same id, from the article's slug (what the indices know of an article).</summary>
    public static string ArticleId(string slug) => "a-" + slug;

    /// <summary>An index's id in the print edition: <c>index-persons</c>.</summary>
    public static string IndexId(TermType kind) => "index-" + SitePaths.IndexName(kind);

    /// <summary>
    /// The printed indices' rows, index by index: each row names the entry whose mentions give its pages (<c>key</c>, as the
    /// print body's mention anchors carry it in <c>data-ix</c>; a cross-reference row, its target's),
    /// and its fragment by what the row is, not its place (the index and the entry's key, and for a
    /// cross-reference its heading), so that a row added before it leaves its model, and so its
    /// fragment, as it was. A name two rows would share (no edition has had one) is told apart by a
    /// count, in the rows' order.
    /// </summary>
    public static List<PrintIndexRow> Rows(EditionIndex index)
    {
        var rows = new List<PrintIndexRow>();
        foreach (var kind in index.KindsWithRows(Kinds))
        {
            var taken = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (heading, entry, see) in index.Rows(kind))
            {
                // No mark's edge in a name (a heading is the source's text): the names need only be unique.
                var name = $"{SitePaths.IndexName(kind)}/{EditionIndex.KeyOf(entry)}{(see ? "/see/" + heading : "")}".Replace(FragmentMarks.Edge, '\uFFFD');
                var unique = name;
                for (var n = 2; !taken.Add(unique); n++)
                {
                    unique = $"{name}/{n}";
                }

                rows.Add(new PrintIndexRow(unique, kind, heading, entry, see));
            }
        }

        return rows;
    }

    /// <summary>
    /// A row as the print edition's entry partial sees it (<c>entry</c>): its heading, key, cross-reference
    /// or expansion, and its locators by paragraph: what the page shows without scripts
    /// (article.paragraph), and what print.js falls back to for a paragraph in which no mention was marked.
    /// </summary>
    public static ScriptObject EntryOf(PrintIndexRow row, IReadOnlyDictionary<string, ArticleHeading> articles) => new()
    {
        ["html"] = new RawHtml(FragmentMarks.Of(row.Name)),
        ["heading"] = row.Heading,
        ["key"] = EditionIndex.KeyOf(row.Entry),
        ["see"] = row.See ? row.Entry.Heading : null,
        ["see_index"] = row.See ? SitePaths.IndexName(row.Entry.Type) : null,
        ["expansion"] = !row.See && row.Kind == TermType.Acronym ? row.Entry.Expansion : null,
        // A cross-reference shows its target's pages, so the reader need not look twice.
        // Keyword-only locators (paragraph 0) point at an article, not a page of its text.
        ["locators"] = new ScriptArray(row.Entry.Locators.Where(l => l.Paragraph > 0).Select(l => new ScriptObject
        {
            ["href"] = $"#{ArticleId(articles[l.ArticleId].Slug)}--p{l.Paragraph}",
            ["article"] = articles[l.ArticleId].Number,
            ["paragraph"] = l.Paragraph,
        })),
    };

    /// <summary>The printed indices (<c>indices</c>): each index with its entries' models, in the rows' order.</summary>
    public static ScriptArray Indices(IEnumerable<(PrintIndexRow Row, ScriptObject Entry)> entries) =>
        new(entries.GroupBy(e => e.Row.Kind).Select(kind => new ScriptObject
        {
            ["name"] = SitePaths.IndexName(kind.Key),
            ["id"] = IndexId(kind.Key),
            ["entries"] = new ScriptArray(kind.Select(e => e.Entry)),
        }));

    /// <summary>The sources, each with the articles (and line ranges) it gave, for the colophon.</summary>
    public static ScriptArray Sources(IEnumerable<(Article Article, int Number)> articles) =>
        new(articles
            .SelectMany(a => a.Article.Witnesses.Select(w => (a.Article, a.Number, Witness: w)))
            .GroupBy(w => w.Witness.Source, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ScriptObject
            {
                ["source"] = g.Key,
                ["articles"] = new ScriptArray(g.Select(w => new ScriptObject
                {
                    ["number"] = w.Number,
                    ["title"] = w.Article.DisplayTitle,
                    ["lang"] = w.Article.Lang,
                    ["first_line"] = w.Witness.FirstLine,
                    ["last_line"] = w.Witness.LastLine,
                    ["primary"] = w.Witness.Primary,
                    ["witnesses"] = w.Article.Witnesses.Length,
                })),
            }));
}
