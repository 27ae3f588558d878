using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KzEdition.Building;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.EndToEnd;

/// <summary>
/// The print edition of the real input (<c>print/index.html</c>), read with AngleSharp: the whole
/// edition in one document, every article whole and in order, one id space in which every link
/// lands, the indices' locators on real paragraphs, the colophon's sources, nothing from outside.
/// </summary>
public sealed class PrintEditionTests(BuiltEdition edition) : IClassFixture<BuiltEdition>
{
    private static readonly HtmlParser Parser = new();

    private IDocument? _print;

    private IDocument Print => _print ??= Parser.ParseDocument(File.ReadAllText(Path.Combine(edition.Output, "print", "index.html")));

    private List<(string Slug, string TitleSource)>? _articles;

    /// <summary>The articles in edition order, as edition.json lists them.</summary>
    private List<(string Slug, string TitleSource)> Articles => _articles ??= ReadArticles();

    private IEnumerable<string> ArticlePages => Articles.Select(a => Path.Combine(edition.Output, "articles", a.Slug, "index.html"));

    private List<(string Slug, string TitleSource)> ReadArticles()
    {
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(edition.Output, "edition.json")));
        return [.. manifest.RootElement.GetProperty("articles").EnumerateArray().Select(a => (a.GetProperty("slug").GetString()!, a.GetProperty("titleSource").GetString()!))];
    }

    [Fact]
    public void EveryArticle_IsInThePrintEdition_InEditionOrder_WithItsTitleAuthorsAndNumber()
    {
        var printed = Print.QuerySelectorAll("article.print-article");
        Assert.Equal(Articles.Select(a => "a-" + a.Slug), printed.Select(a => a.Id));
        for (var i = 0; i < printed.Length; i++)
        {
            var site = Parser.ParseDocument(File.ReadAllText(ArticlePages.ElementAt(i)));
            Assert.Equal(site.QuerySelector("article h1")!.TextContent, printed[i].QuerySelector("h1.article-title")!.TextContent);
            // In print an initial stays with the surname (a no-break space); otherwise the same names.
            Assert.Equal(site.QuerySelector("article .authors")?.TextContent, printed[i].QuerySelector(".authors")?.TextContent.Replace('\u00A0', ' '));
            Assert.Equal((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), printed[i].QuerySelector(".article-number")!.TextContent);
            Assert.Equal(site.QuerySelector("article")!.GetAttribute("lang"), printed[i].GetAttribute("lang"));
        }
    }

    [Fact]
    public void EveryArticlesText_IsPrintedWhole_ParagraphByParagraph_WithItsNumber()
    {
        foreach (var (page, printed) in ArticlePages.Zip(Print.QuerySelectorAll("article.print-article")))
        {
            var site = Parser.ParseDocument(File.ReadAllText(page));
            var siteParagraphs = site.QuerySelectorAll(".article-text [id^=p]").Where(p => p.Id![1..].All(char.IsAsciiDigit)).ToList();
            var printParagraphs = printed.QuerySelectorAll(".article-text [id]").Where(p => p.Id!.StartsWith(printed.Id + "--p", StringComparison.Ordinal) && p.Id[(printed.Id!.Length + 3)..].All(char.IsAsciiDigit)).ToList();
            Assert.NotEmpty(siteParagraphs);
            Assert.Equal(siteParagraphs.Select(p => printed.Id + "--" + p.Id), printParagraphs.Select(p => p.Id));
            // The same text: the site's cross-links are elements around words, never words; print
            // sets no-break spaces and soft hyphens (PrintTypography) where the site has plain spaces
            // and none, and writes no space after the number (it stands in the margin; a space would
            // indent the first line, as print keeps a paragraph's spaces).
            Assert.Equal(
                siteParagraphs.Select(p => p.TextContent),
                printParagraphs.Select(p => p.QuerySelector("a.pnum")!.TextContent + " " + KzEdition.Text.Hyphenation.Remove(p.TextContent[p.QuerySelector("a.pnum")!.TextContent.Length..]).Replace('\u00A0', ' ')));
            Assert.All(printParagraphs, p => Assert.Equal("#" + p.Id, p.QuerySelector("a.pnum")!.GetAttribute("href")));
        }
    }

    [Fact]
    public void Ids_AreUniqueInTheOneDocument_AndEveryLinkInItLands()
    {
        var ids = Print.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var known = ids.ToHashSet(StringComparer.Ordinal);
        var links = Print.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.All(links, href => Assert.True(href.StartsWith('#') && known.Contains(href[1..]), $"{href} leads nowhere in the print edition"));
        Assert.Contains(links, href => href.Contains("--ref-", StringComparison.Ordinal) || href.EndsWith("--no-references", StringComparison.Ordinal));
    }

    [Fact]
    public void TheContents_ListEveryArticle_ThenTheIndicesAndTheColophon()
    {
        var targets = Print.QuerySelectorAll(".print-toc a.toc-link").Select(a => a.GetAttribute("href")![1..]).ToList();
        var articles = Articles.Select(a => "a-" + a.Slug).ToList();
        Assert.Equal(articles, targets.Take(articles.Count));
        Assert.Equal(["index-persons", "index-organisations", "index-places", "index-acronyms", "colophon"], targets.Skip(articles.Count));
    }

    [Fact]
    public void IndexLocators_PointAtParagraphsOfTheirArticles_AndNameThemByArticleAndParagraph()
    {
        var locators = Print.QuerySelectorAll(".print-index a.locator").ToList();
        Assert.True(locators.Count > 100, $"{locators.Count} locators");
        var articles = Articles.Select(a => "a-" + a.Slug).ToList();
        foreach (var locator in locators)
        {
            var target = Print.GetElementById(locator.GetAttribute("href")![1..]);
            Assert.NotNull(target);
            Assert.Equal("P", target.TagName);
            var article = target.Closest("article.print-article")!;
            var paragraph = target.Id![(article.Id!.Length + 3)..];
            Assert.Equal($"{articles.IndexOf(article.Id) + 1}.{paragraph}", locator.TextContent);
        }

        // The same entries as the site's indices, in the same order.
        foreach (var name in new[] { "persons", "organisations", "places", "acronyms" })
        {
            var site = Parser.ParseDocument(File.ReadAllText(Path.Combine(edition.Output, "index", name, "index.html")));
            var printed = Print.GetElementById("index-" + name)!.QuerySelectorAll(".index-heading").Select(h => h.TextContent.Trim());
            Assert.Equal(site.QuerySelectorAll(".index-entry .entry-heading").Select(h => h.TextContent.Trim()), printed);
        }
    }

    [Fact]
    public void EveryMentionOfAnIndexedEntry_IsAnAnchorOfItsOwn_AndEveryParagraphAnEntryListsHoldsOne()
    {
        var mentions = Print.QuerySelectorAll(".print-article .ix").ToList();
        Assert.True(mentions.Count > 500, $"{mentions.Count} mentions");
        Assert.All(mentions, m => Assert.Matches(@"^a-[a-z0-9-]+--ix-\d+$", m.Id!));
        var entries = Print.QuerySelectorAll(".print-index .index-entry").ToList();
        foreach (var entry in entries)
        {
            var key = entry.GetAttribute("data-ix")!;
            Assert.Contains(mentions, m => m.GetAttribute("data-ix") == key);
            foreach (var locator in entry.QuerySelectorAll("a.locator"))
            {
                var paragraph = Print.GetElementById(locator.GetAttribute("href")![1..])!;
                Assert.True(
                    paragraph.QuerySelectorAll(".ix").Any(m => m.GetAttribute("data-ix") == key),
                    $"«{entry.QuerySelector(".index-heading")!.TextContent}» lists {paragraph.Id}, where no mention of {key} is marked");
            }
        }

        // A cross-reference gives its target's pages.
        var nato = entries.Single(e => e.QuerySelector(".index-heading")!.TextContent == "НАТО" && e.Closest("#index-acronyms") is not null);
        Assert.Equal("Organisation/soltustik-atlantikalyq-kelisim-uiymy", nato.GetAttribute("data-ix"));
        Assert.NotEmpty(nato.QuerySelectorAll("a.locator"));
    }

    [Fact]
    public void EveryAcronymWithItsEnding_IsKeptOnOneLine()
    {
        var mentions = Print.QuerySelectorAll(".print-article .ix").ToList();
        var withEnding = mentions.Where(m => System.Text.RegularExpressions.Regex.IsMatch(m.TextContent, @"^\p{Lu}{2,}-\p{Ll}+$")).ToList();
        Assert.True(withEnding.Count > 20, $"{withEnding.Count} acronyms with an ending");
        Assert.All(withEnding, m => Assert.Contains("nobr", m.ClassList));
        Assert.All(mentions.Except(withEnding), m => Assert.DoesNotContain("nobr", m.ClassList));
    }

    [Fact]
    public void TheGlossarysSeeReferences_NameTheEntryAndTheIndexItIsIn()
    {
        var see = Print.GetElementById("index-acronyms")!.QuerySelectorAll(".index-entry").Where(e => e.QuerySelector("i") is not null).ToList();
        Assert.NotEmpty(see);
        Assert.Contains(see, e => PdfText.Flat(e.TextContent).Contains("НАТО — қараңыз Солтүстік Атлантикалық келісім ұйымы (Ұйымдар мен бағдарламалар)", StringComparison.Ordinal));
        Assert.All(see, e => Assert.Matches(@"қараңыз .+ \((Есімдер көрсеткіші|Ұйымдар мен бағдарламалар|Жер атаулары)\)", PdfText.Flat(e.TextContent)));
    }

    [Fact]
    public void TheColophon_NamesEverySourceAndTheSuppliedTitles()
    {
        var colophon = Print.GetElementById("colophon")!;
        var sources = Directory.EnumerateFiles(Path.Combine(RepoPaths.Input, "sources")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(sources, colophon.QuerySelectorAll(".colophon-sources dt code").Select(c => c.TextContent));
        var supplied = Articles.Count(a => a.TitleSource != "source");
        Assert.True(supplied > 0);
        Assert.Equal(supplied, colophon.QuerySelectorAll("ul li").Count(li => li.TextContent.Contains('[', StringComparison.Ordinal)));
    }

    [Fact]
    public void ThePrintEdition_LoadsOnlyTheSitesOwnFiles_AndSetsThePageSize()
    {
        var references = Print.QuerySelectorAll("link[href], script[src], img[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();
        Assert.Equal(["../assets/fonts.css", "../assets/print/print.css", "../assets/print/styles.js", "../assets/print/print.js", "../assets/print/paged.polyfill.js"], references);
        Assert.All(references, r => Assert.True(File.Exists(Path.Combine(edition.Output, "print", r)), r));
        Assert.True(File.Exists(Path.Combine(edition.Output, "assets", "print", "LICENSE-pagedjs.md")));
        Assert.Contains("@page { size: A4; }", Print.QuerySelector("head style")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void TheHomePage_LinksThePrintEdition_AndAPlainBuildLinksNoPdf()
    {
        var home = Parser.ParseDocument(File.ReadAllText(Path.Combine(edition.Output, "index.html")));
        Assert.Equal(["print/index.html"], home.QuerySelectorAll(".print-links a").Select(a => a.GetAttribute("href")));
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(edition.Output, "edition.json")));
        Assert.Equal("print/", manifest.RootElement.GetProperty("print").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, manifest.RootElement.GetProperty("pdf").ValueKind);
        Assert.All(manifest.RootElement.GetProperty("articles").EnumerateArray(), a => Assert.Equal(System.Text.Json.JsonValueKind.Null, a.GetProperty("pdf").ValueKind));
        foreach (var page in ArticlePages)
        {
            var article = Parser.ParseDocument(File.ReadAllText(page));
            Assert.Empty(article.QuerySelectorAll("a[href$='.pdf']"));
            Assert.Null(article.QuerySelector("meta[name=citation_pdf_url]"));
        }
    }

    [Fact]
    public async Task PageSizeB5_InEditionYml_SetsThePrintEditionsPages()
    {
        using var temp = new TempDirectory();
        var input = temp.CopyFrom(RepoPaths.Input, "input");
        TextFiles.Replace(Path.Combine(input, "edition.yml"), "page_size: A4", "page_size: B5");

        await EditionBuilder.BuildAsync(new BuildOptions(input, temp.Combine("site"), Theme: RepoPaths.Theme), cancellationToken: TestContext.Current.CancellationToken);

        var print = Parser.ParseDocument(File.ReadAllText(temp.Combine("site", "print", "index.html")));
        Assert.Contains("@page { size: B5; }", print.QuerySelector("head style")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APrintLayoutThatLeavesOutTheArticles_StopsTheBuild_NamingIt()
    {
        using var temp = new TempDirectory();
        var theme = temp.CopyFrom(RepoPaths.Theme, "theme");
        TextFiles.Replace(Path.Combine(theme, "layouts", "print.html"), "{{ article.print_html }}", "");

        var diagnostic = await StoppedBuild.OneMessageOf(new BuildOptions(RepoPaths.Input, temp.Combine("site"), Theme: theme));

        Assert.EndsWith(Path.Combine("layouts", "print.html"), diagnostic.File, StringComparison.Ordinal);
        Assert.Contains("print_html", diagnostic.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("site")));
    }
}
