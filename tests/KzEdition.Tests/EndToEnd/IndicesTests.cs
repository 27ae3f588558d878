using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace KzEdition.Tests.EndToEnd;

/// <summary>The indices, timeline, cross-links and related articles of the real edition, read from the built site.</summary>
public sealed class IndicesTests(BuiltEdition edition) : IClassFixture<BuiltEdition>
{
    private static readonly HtmlParser Parser = new();

    private readonly Dictionary<string, IDocument> _pages = [];

    private IDocument Page(string path) =>
        _pages.TryGetValue(path, out var page) ? page : _pages[path] = Parser.ParseDocument(File.ReadAllText(path));

    private IEnumerable<string> IndexPages => Directory.EnumerateFiles(Path.Combine(edition.Output, "index"), "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    private IEnumerable<string> ArticlePages => Directory.EnumerateFiles(Path.Combine(edition.Output, "articles"), "index.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    [Fact]
    public void EveryIndexAndTheTimeline_IsAPage_ListedInTheManifest()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(edition.Output, "edition.json")));
        var indices = manifest.RootElement.GetProperty("indices").EnumerateArray()
            .Select(i => (Name: i.GetProperty("name").GetString()!, Url: i.GetProperty("url").GetString()!, Entries: i.GetProperty("entries").GetInt32()))
            .ToList();

        Assert.Equal(["persons", "organisations", "places", "acronyms", "keywords", "timeline"], indices.Select(i => i.Name));
        foreach (var (name, url, entries) in indices)
        {
            var page = Page(Path.Combine(edition.Output, url, "index.html"));
            var rows = name == "timeline" ? page.QuerySelectorAll(".event").Length : page.QuerySelectorAll(".index-entry").Length;
            Assert.Equal(entries, rows);
            Assert.True(entries > 0, name);
        }
    }

    [Fact]
    public void EveryIndexPage_HasUniqueIds_AndItsLetterBarLeadsToEachLetter()
    {
        // Ә and А, Ш and С, Latin E and Cyrillic Е made one id each, and the bar jumped to the wrong letter.
        foreach (var page in IndexPages)
        {
            var document = Page(page);
            var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
            Assert.True(ids.Count == ids.Distinct(StringComparer.Ordinal).Count(), $"{page}: {string.Join(", ", ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key))}");
            foreach (var link in document.QuerySelectorAll("a[href^='#letter-']"))
            {
                var target = document.GetElementById(link.GetAttribute("href")![1..]);
                Assert.NotNull(target);
                Assert.Contains(link.TextContent.Trim(), target.TextContent, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void EveryLocator_ResolvesToAnExistingParagraph()
    {
        var locators = 0;
        foreach (var path in IndexPages)
        {
            foreach (var link in Page(path).QuerySelectorAll(".locators a, .event-source a, .paragraphs a"))
            {
                var (target, fragment) = Resolve(path, link.GetAttribute("href")!);
                Assert.True(File.Exists(target), $"{path}: {link.GetAttribute("href")} names no file");
                if (fragment is not null)
                {
                    Assert.Matches("^p[0-9]+$", fragment);
                    Assert.NotNull(Page(target).GetElementById(fragment));
                    locators++;
                }
            }
        }

        Assert.True(locators > 500, $"only {locators} paragraph locators");
    }

    [Fact]
    public void TheIndices_HoldTheEntriesReadersLookFor_WithEveryInflectedFormUnderOne()
    {
        var acronyms = Page(Path.Combine(edition.Output, "index", "acronyms", "index.html"));
        foreach (var acronym in new[] { "НАТО", "ПАРП", "ИПАП", "ЕАӘК", "СЕАП" })
        {
            Assert.Single(acronyms.QuerySelectorAll(".entry-heading"), h => h.TextContent == acronym);
        }

        var persons = Page(Path.Combine(edition.Output, "index", "persons", "index.html"));
        var headings = persons.QuerySelectorAll(".entry-heading").Select(h => h.TextContent).ToList();
        Assert.Contains("Назарбаев Н.Ә.", headings);
        Assert.Contains("Робертсон Дж.", headings);
        Assert.DoesNotContain(headings, h => h.Contains("Назарбаевтың", StringComparison.Ordinal) || h.Contains("Робертсонмен", StringComparison.Ordinal));

        // НАТО-ның, НАТО-ға, НАТО-мен are one entry, mentioned in every article about NATO.
        var nato = Page(Path.Combine(edition.Output, "index", "organisations", "index.html")).QuerySelectorAll(".index-entry")
            .Single(e => e.QuerySelector(".acronyms")?.TextContent.StartsWith("НАТО", StringComparison.Ordinal) == true);
        Assert.True(nato.QuerySelectorAll(".paragraphs a").Length > 50);
    }

    [Fact]
    public void TheTimeline_IsInTimeOrder_AndQuotesEachDateInItsSentence()
    {
        var page = Page(Path.Combine(edition.Output, "index", "timeline", "index.html"));
        var years = page.QuerySelectorAll(".year h2").Select(h => int.Parse(h.TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(years.Order(), years);
        Assert.Contains(1994, years);

        var events = page.QuerySelectorAll(".event").ToList();
        Assert.All(events, e => Assert.False(string.IsNullOrWhiteSpace(e.QuerySelector("mark")?.TextContent)));
        Assert.Contains(page.QuerySelectorAll(".date"), d => d.QuerySelector(".event-date time")?.GetAttribute("datetime") == "1994-05-27");
    }

    /// <summary>Issue 17, item 10: 16 dates stood in 2–5 rows each; each date is now one row with all its sentences.</summary>
    [Fact]
    public void TheTimeline_ShowsEachDateOnce_WithEverySentenceThatGivesIt()
    {
        var page = Page(Path.Combine(edition.Output, "index", "timeline", "index.html"));
        var dates = page.QuerySelectorAll(".date").Select(d => d.QuerySelector(".event-date")!.TextContent.Trim()).ToList();
        Assert.Equal(dates.Distinct().Count(), dates.Count);
        Assert.Contains(page.QuerySelectorAll(".date"), d => d.QuerySelectorAll(".event").Length > 1);
        Assert.Equal(page.QuerySelectorAll(".event").Length, page.QuerySelectorAll(".event mark").Length);
    }

    [Fact]
    public void CrossLinks_MarkTheFirstMentionOnly_NeverInHeadingsOrLinks_AndResolve()
    {
        var links = 0;
        foreach (var path in ArticlePages)
        {
            var text = Page(path).QuerySelector(".article-text")!;
            var terms = text.QuerySelectorAll("a.term").ToList();
            Assert.Equal(terms.Count, terms.Select(t => t.GetAttribute("href")).Distinct().Count());
            foreach (var term in terms)
            {
                Assert.Null(term.ParentElement!.Closest("a, h1, h2, h3, h4, h5, h6, abbr"));
                var (target, fragment) = Resolve(path, term.GetAttribute("href")!);
                Assert.NotNull(Page(target).GetElementById(fragment!));
                links++;
            }

            Assert.All(text.QuerySelectorAll("a.term abbr"), abbr => Assert.False(string.IsNullOrEmpty(abbr.GetAttribute("title"))));
        }

        Assert.True(links > 50, $"only {links} cross-links");
    }

    [Fact]
    public void CrossLinks_LeaveTheTextAsItWas()
    {
        // The Latin page is transliterated from the same body; the Markdown file is the text itself.
        foreach (var path in ArticlePages.Where(p => !p.Contains("/latn/", StringComparison.Ordinal)))
        {
            var text = Page(path).QuerySelector(".article-text")!.Clone() as IElement;
            foreach (var number in text!.QuerySelectorAll(".pnum"))
            {
                number.Remove();
            }

            var markdown = File.ReadAllText(Directory.EnumerateFiles(Path.GetDirectoryName(path)!, "*.md").Single());
            foreach (var paragraph in text.Children.Where(c => c.LocalName == "p"))
            {
                Assert.Contains(Words(paragraph.TextContent), Words(markdown.Replace("\\", "", StringComparison.Ordinal)), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void ArticlePages_ShowRelatedArticlesWithTheSharedEntries_AndLinkTheirKeywords()
    {
        var withRelated = 0;
        foreach (var path in ArticlePages)
        {
            var page = Page(path);
            foreach (var related in page.QuerySelectorAll(".related li"))
            {
                var (article, _) = Resolve(path, related.QuerySelector("a")!.GetAttribute("href")!);
                Assert.True(File.Exists(article));
                Assert.NotEqual(path, article);
                var reasons = related.QuerySelectorAll(".related-reason a").ToList();
                Assert.NotEmpty(reasons);
                Assert.All(reasons, r => Assert.NotNull(Page(Resolve(path, r.GetAttribute("href")!).File).GetElementById(Resolve(path, r.GetAttribute("href")!).Fragment!)));
                withRelated++;
            }

            foreach (var keyword in page.QuerySelectorAll(".keywords a"))
            {
                var (index, fragment) = Resolve(path, keyword.GetAttribute("href")!);
                var heading = Page(index).GetElementById(fragment!)?.QuerySelector(".entry-heading")?.TextContent ?? "";
                Assert.Equal(keyword.TextContent, path.Contains("/latn/", StringComparison.Ordinal) ? KzEdition.Text.KazakhLatin.Transliterate(heading) : heading);
            }
        }

        Assert.True(withRelated > 0);
    }

    private static string Words(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static (string File, string? Fragment) Resolve(string page, string href)
    {
        var hash = href.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? href : href[..hash];
        var file = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, path));
        return (file, hash < 0 ? null : href[(hash + 1)..]);
    }
}
