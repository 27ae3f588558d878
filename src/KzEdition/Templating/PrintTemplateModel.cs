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
    /// The printed indices. Each row names the entry whose mentions give its pages (<c>key</c>, as the
    /// print body's mention anchors carry it in <c>data-ix</c>; a cross-reference row, its target's),
    /// and its locators by paragraph: what the page shows without scripts (article.paragraph), and
    /// what print.js falls back to for a paragraph in which no mention was marked.
    /// </summary>
    /// <remarks>
    /// The rows are made on every core, in their order: a row holds an object for each of its
    /// locators, and at ten thousand articles the indices have some millions of them, made while
    /// the pages wait for the site's model.
    /// </remarks>
    public static ScriptArray Indices(EditionIndex index, IReadOnlyDictionary<string, ArticleHeading> articles) =>
        new(index.KindsWithRows(Kinds).Select(kind => new ScriptObject
        {
            ["name"] = SitePaths.IndexName(kind),
            ["id"] = IndexId(kind),
            ["entries"] = new ScriptArray(Engine.OrderedParallel.Select(Named(kind, index.Rows(kind)), named => new ScriptObject
            {
                ["html"] = new RawHtml(FragmentMarks.Of(named.Name)),
                ["heading"] = named.Row.Heading,
                ["key"] = EditionIndex.KeyOf(named.Row.Entry),
                ["see"] = named.Row.See ? named.Row.Entry.Heading : null,
                ["see_index"] = named.Row.See ? SitePaths.IndexName(named.Row.Entry.Type) : null,
                ["expansion"] = !named.Row.See && kind == TermType.Acronym ? named.Row.Entry.Expansion : null,
                // A cross-reference shows its target's pages, so the reader need not look twice.
                // Keyword-only locators (paragraph 0) point at an article, not a page of its text.
                ["locators"] = new ScriptArray(named.Row.Entry.Locators.Where(l => l.Paragraph > 0).Select(l => new ScriptObject
                {
                    ["href"] = $"#{ArticleId(articles[l.ArticleId].Slug)}--p{l.Paragraph}",
                    ["article"] = articles[l.ArticleId].Number,
                    ["paragraph"] = l.Paragraph,
                })),
            })),
        }));

    /// <summary>
    /// The rows of one index with the names of their fragments (<c>entry.html</c>): the index and the
    /// entry's key, and for a cross-reference its heading; by what the row is, not its place, so that
    /// a row added before it leaves its model, and so its fragment, as it was. A name two rows would
    /// share (no edition has had one) is told apart by a count, in the rows' order.
    /// </summary>
    private static List<(string Name, (string Heading, IndexEntry Entry, bool See) Row)> Named(TermType kind, IEnumerable<(string Heading, IndexEntry Entry, bool See)> rows)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var named = new List<(string, (string, IndexEntry, bool))>();
        foreach (var row in rows)
        {
            var name = $"{SitePaths.IndexName(kind)}/{EditionIndex.KeyOf(row.Entry)}{(row.See ? "/see/" + row.Heading : "")}";
            var unique = name;
            for (var n = 2; !taken.Add(unique); n++)
            {
                unique = $"{name}/{n}";
            }

            named.Add((unique, row));
        }

        return named;
    }

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
