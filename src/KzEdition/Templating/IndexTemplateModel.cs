using KzEdition.Indexing;
using KzEdition.Model;
using KzEdition.Site;
using KzEdition.Text;
using Scriban.Runtime;

namespace KzEdition.Templating;

/// <summary>
/// What templates see of the edition's indices: the entries of an index grouped under their
/// initial letters, each with its locators grouped by article; the timeline grouped by year; an
/// article's related articles and keyword links. URLs are relative to the site root.
/// </summary>
public static class IndexTemplateModel
{
    /// <summary>The list of indices: each kind that has entries, with its count, and the timeline.</summary>
    public static ScriptObject Indices(EditionIndex index) => new()
    {
        ["kinds"] = new ScriptArray(index.KindsWithRows().Select(k => new ScriptObject
        {
            ["name"] = SitePaths.IndexName(k),
            ["url"] = SitePaths.IndexPage(k),
            ["count"] = index.Rows(k).Count(),
        })),
        ["timeline_url"] = index.Timeline.IsEmpty ? null : SitePaths.Timeline,
        ["timeline_count"] = index.Timeline.Length,
    };

    /// <summary>
    /// One index's rows as its page lists them: under their initial letters (А, Ә, Б …), in Kazakh
    /// alphabetical order, each with its id on the page and its letter's.
    /// </summary>
    public static List<IndexPageRow> Rows(EditionIndex index, TermType kind)
    {
        // The entries' own ids first: a letter's or a cross-reference's id made after them is told apart
        // from them too, so that every row of the page has an id of its own (its fragment's name).
        var sorted = index.Rows(kind).ToList(); // sorted at each enumeration
        var ids = new HashSet<string>(sorted.Where(r => !r.See).Select(r => r.Entry.Id), StringComparer.Ordinal);
        var rows = new List<IndexPageRow>();
        foreach (var letter in sorted.GroupBy(r => KazakhCollation.Initial(r.Heading)))
        {
            var letterId = UniqueId("letter-", letter.Key, ids);
            rows.AddRange(letter.Select(r => new IndexPageRow(r.See ? UniqueId("see-", r.Heading, ids) : r.Entry.Id, letter.Key, letterId, r.Heading, r.Entry, r.See)));
        }

        return rows;
    }

    /// <summary>An entry as the index page's templates see it (<c>entry</c>): a cross-reference of the glossary, or an entry with its locators.</summary>
    public static ScriptObject EntryOf(IndexPageRow row, IReadOnlyDictionary<string, ArticleHeading> articles) =>
        row.See ? SeeReference(row) : Entry(row.Entry, articles);

    /// <summary>One index (<c>index</c>): its entries' models under their initial letters, in the rows' order.</summary>
    public static ScriptObject Index(TermType kind, IEnumerable<(IndexPageRow Row, ScriptObject Entry)> entries) => new()
    {
        ["name"] = SitePaths.IndexName(kind),
        ["url"] = SitePaths.IndexPage(kind),
        ["letters"] = new ScriptArray(entries
            .GroupBy(e => (e.Row.Letter, e.Row.LetterId))
            .Select(g => new ScriptObject
            {
                ["letter"] = g.Key.Letter,
                ["id"] = g.Key.LetterId,
                ["entries"] = new ScriptArray(g.Select(e => e.Entry)),
            })),
    };

    /// <summary>
    /// An entry's HTML as the index page shows it (<c>entry.html</c>): the mark of its fragment, the
    /// entry rendered on its own through <c>partials/index-entry.html</c> and put in its place after
    /// the page is rendered (<see cref="FragmentMarks"/>). Named by the entry's id, not its place, so
    /// that an entry added before it leaves the entry's model, and so its fragment, as it was.
    /// </summary>
    private static RawHtml EntryHtml(string id) => new(FragmentMarks.Of(id));

    /// <summary>
    /// An anchor for a letter or an acronym, unique on its page: the slug, and where that is taken
    /// (Ә and А are both "a", ИПАП and IPAP both "ipap") the slug with the letter's code point, or
    /// a short hash of the acronym, so that each id stays the same from build to build.
    /// </summary>
    private static string UniqueId(string prefix, string text, HashSet<string> taken)
    {
        var id = prefix + Slugifier.Slugify(text);
        if (taken.Add(id))
        {
            return id;
        }

        var mark = text.Length == 1
            ? ((int)text[0]).ToString("x", System.Globalization.CultureInfo.InvariantCulture)
            : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..6];
        id = $"{id}-{mark}";
        taken.Add(id);
        return id;
    }

    /// <summary>A row of the glossary pointing to the entry an acronym belongs to: ЕАӘК → Еуроатлантикалық әріптестік кеңесі.</summary>
    private static ScriptObject SeeReference(IndexPageRow row) => new()
    {
        ["id"] = row.Id,
        ["html"] = EntryHtml(row.Id),
        ["heading"] = row.Heading,
        ["see_name"] = row.Entry.Heading,
        ["see_url"] = SitePaths.IndexEntry(row.Entry.Type, row.Entry.Id),
        ["see_index"] = SitePaths.IndexName(row.Entry.Type),
    };

    public static ScriptObject Entry(IndexEntry entry, IReadOnlyDictionary<string, ArticleHeading> articles) => new()
    {
        ["id"] = entry.Id,
        ["html"] = EntryHtml(entry.Id),
        ["kind"] = SitePaths.IndexName(entry.Type),
        ["name"] = entry.Name,
        ["heading"] = entry.Heading,
        ["description"] = entry.Description,
        ["expansion"] = entry.Expansion,
        ["curated"] = entry.Curated,
        ["variants"] = new ScriptArray(entry.Spellings.Where(s => s != entry.Name && s != entry.Heading && !IsBareSurname(entry, s) && !entry.Acronyms.Contains(s))),
        ["acronyms"] = new ScriptArray(entry.Acronyms),
        ["see_url"] = null,
        ["count"] = entry.Locators.Count(l => l.Paragraph > 0),
        ["articles"] = new ScriptArray(entry.Locators
            .GroupBy(l => l.ArticleId)
            .Select(g => new ScriptObject
            {
                ["title"] = articles[g.Key].DisplayTitle,
                ["lang"] = articles[g.Key].Lang,
                ["number"] = articles[g.Key].Number,
                ["url"] = SitePaths.ArticlePage(articles[g.Key].Slug),
                ["as_keyword"] = g.Any(l => l.Paragraph == 0),
                ["paragraphs"] = new ScriptArray(g.Where(l => l.Paragraph > 0).Select(l => new ScriptObject
                {
                    ["number"] = l.Paragraph,
                    ["url"] = SitePaths.ArticleParagraph(articles[g.Key].Slug, l.Paragraph),
                })),
            })),
    };

    /// <summary>
    /// The timeline: years in order, each with its dates in order, each date with its events (the
    /// sentence split around the date, the locator). Events of one date are one row: the texts give
    /// some dates many times (1994 five times), and a row a mention repeated the date down the page.
    /// </summary>
    public static ScriptObject Timeline(EditionIndex index, IReadOnlyDictionary<string, ArticleHeading> articles) => new()
    {
        ["years"] = new ScriptArray(index.Timeline
            .GroupBy(e => e.Date.Year)
            .Select(year => new ScriptObject
            {
                ["year"] = year.Key,
                ["id"] = $"y{year.Key}",
                ["dates"] = new ScriptArray(year
                    .GroupBy(e => (e.Date.Iso, e.Date.EndYear, e.Date.EndDay, e.Date.Decade))
                    .Select(date =>
                    {
                        var first = date.First().Date;
                        return new ScriptObject
                        {
                            ["iso"] = first.Iso,
                            ["year"] = first.Year,
                            ["month"] = first.Month,
                            ["day"] = first.Day,
                            ["day_text"] = first.EndDay > 0 ? $"{first.Day}–{first.EndDay}" : $"{first.Day}",
                            ["end_year"] = first.EndYear,
                            ["decade"] = first.Decade,
                            ["events"] = new ScriptArray(date.Select(e =>
                            {
                                var article = articles[e.Locator.ArticleId];
                                return new ScriptObject
                                {
                                    ["before"] = e.Sentence[..e.DateStart],
                                    ["date_text"] = e.Sentence.Substring(e.DateStart, e.DateLength),
                                    ["after"] = e.Sentence[(e.DateStart + e.DateLength)..],
                                    ["lang"] = article.Lang,
                                    ["title"] = article.DisplayTitle,
                                    ["paragraph"] = e.Locator.Paragraph,
                                    ["url"] = SitePaths.ArticleParagraph(article.Slug, e.Locator.Paragraph),
                                };
                            })),
                        };
                    })),
            })),
    };

    /// <summary>An article's place and links in the edition, as its page shows them (<see cref="ArticleContext"/>).</summary>
    public static ArticleContext Context(EditionIndex index, Article article, IReadOnlyDictionary<string, ArticleHeading> headings) => new(
        headings[article.Id].Number,
        [.. index.Related.GetValueOrDefault(article.Id, []).Select(r => new RelatedLink(
            headings[r.ArticleId].DisplayTitle,
            headings[r.ArticleId].Lang,
            SitePaths.ArticlePage(headings[r.ArticleId].Slug),
            [.. r.Shared.Select(e => new EntryLink(e.Heading, SitePaths.IndexEntry(e.Type, e.Id)))]))],
        [.. article.Keywords.Select(k => new EntryLink(k, index.Find(TermType.Keyword, k) is { } entry ? SitePaths.IndexEntry(entry.Type, entry.Id) : null))]);

    /// <summary>An article's related articles, each with the entries it shares (the reason it is shown).</summary>
    public static ScriptArray Related(ArticleContext context) =>
        new(context.Related.Select(r => new ScriptObject
        {
            ["title"] = r.Title,
            ["lang"] = r.Lang,
            ["url"] = r.Url,
            ["shared"] = new ScriptArray(r.Shared.Select(e => new ScriptObject
            {
                ["name"] = e.Text,
                ["url"] = e.Url,
            })),
        }));

    /// <summary>The article's keywords, each linked to its entry of the keyword index.</summary>
    public static ScriptArray KeywordLinks(ArticleContext context) =>
        new(context.Keywords.Select(k => new ScriptObject
        {
            ["text"] = k.Text,
            ["url"] = k.Url,
        }));

    private static bool IsBareSurname(IndexEntry entry, string spelling) =>
        entry.Type == TermType.Person && !spelling.Contains('.', StringComparison.Ordinal)
        && (!spelling.Contains(' ', StringComparison.Ordinal) || entry.Heading.StartsWith(spelling + " ", StringComparison.Ordinal)); // Назарбаев; Хооп Схеффер
}
