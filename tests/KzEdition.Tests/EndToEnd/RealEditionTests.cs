using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using KzEdition.Building;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.EndToEnd;

/// <summary>
/// Builds the real input/ and inspects the site as a browser and a crawler would: every page
/// parses, says its language and title, every internal link and asset resolves, and every
/// article of edition.json has its page and its Markdown.
/// </summary>
public sealed class RealEditionTests(BuiltEdition edition) : IClassFixture<BuiltEdition>
{
    private static readonly string[] ArticleFields =
    [
        "id", "slug", "url", "markdown", "title", "titleSource", "lang", "authors", "affiliations", "status",
        "witnesses", "abstract", "keywords", "paragraphs", "words", "citations", "references", "tables", "notes",
    ];

    private static readonly string[] SourceFiles =
        [.. Directory.EnumerateFiles(Path.Combine(RepoPaths.Input, "sources")).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    private IEnumerable<string> Pages => Directory.EnumerateFiles(edition.Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    [Fact]
    public void Build_WritesHomeNotFoundManifestAndAssets()
    {
        foreach (var file in new[] { "index.html", "404.html", "edition.json", "assets/style.css" })
        {
            Assert.True(File.Exists(Path.Combine(edition.Output, file)), $"{file} missing from the output");
        }

        Assert.False(File.Exists(Path.Combine(edition.Output, "sitemap.xml")), "no sitemap without a base URL: it needs absolute URLs");
    }

    [Fact]
    public void EveryPage_ParsesWithoutErrors_AndHasALangAndATitle()
    {
        Assert.NotEmpty(Pages);
        foreach (var page in Pages)
        {
            var errors = new List<string>();
            var parser = new HtmlParser(new HtmlParserOptions { IsNotConsumingCharacterReferences = false });
            parser.Error += (_, e) => errors.Add(((AngleSharp.Html.Dom.Events.HtmlErrorEvent)e).Message);
            var document = parser.ParseDocument(File.ReadAllText(page));
            var name = Path.GetRelativePath(edition.Output, page);
            Assert.True(errors.Count == 0, $"{name}: {string.Join("; ", errors)}");
            Assert.False(string.IsNullOrWhiteSpace(document.DocumentElement.GetAttribute("lang")), $"{name} has no <html lang>");
            Assert.False(string.IsNullOrWhiteSpace(document.Title), $"{name} has no <title>");
        }
    }

    [Fact]
    public void EveryInternalLinkAndAsset_ResolvesToAFileOfTheOutput()
    {
        var broken = new List<string>();
        foreach (var page in Pages)
        {
            var document = new HtmlParser().ParseDocument(File.ReadAllText(page));
            var references = document.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
                .Concat(document.QuerySelectorAll("script[src], img[src]").Select(e => e.GetAttribute("src")!));
            foreach (var reference in references)
            {
                if (reference.StartsWith('#') || Uri.TryCreate(reference, UriKind.Absolute, out _))
                {
                    continue;
                }

                // 404.html without a base URL links from the host's root (its script moves the links under a sub-path).
                var path = reference.Split('#', '?')[0];
                var notFound = Path.GetFileName(page) == "404.html" && path.StartsWith('/');
                var target = Path.GetFullPath(Path.Combine(notFound ? edition.Output : Path.GetDirectoryName(page)!, Uri.UnescapeDataString(notFound ? path[1..] : path)));
                if (Directory.Exists(target))
                {
                    target = Path.Combine(target, "index.html");
                }

                if (!target.StartsWith(edition.Output, StringComparison.Ordinal) || !File.Exists(target))
                {
                    broken.Add($"{Path.GetRelativePath(edition.Output, page)} → {reference}");
                }
            }
        }

        Assert.True(broken.Count == 0, "Broken links:\n" + string.Join("\n", broken));
    }

    [Fact]
    public void EveryUrlInTheStylesheets_ResolvesToAFileOfTheOutput_AndNoneLeavesTheSite()
    {
        var stylesheets = Directory.EnumerateFiles(edition.Output, "*.css", SearchOption.AllDirectories).ToList();
        Assert.Contains(stylesheets, s => s.EndsWith("fonts.css", StringComparison.Ordinal));
        foreach (var stylesheet in stylesheets)
        {
            foreach (System.Text.RegularExpressions.Match url in System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(stylesheet), @"url\(\s*['""]?([^'"")]+)['""]?\s*\)"))
            {
                var reference = url.Groups[1].Value;
                Assert.False(reference.Contains("://", StringComparison.Ordinal) || reference.StartsWith("//", StringComparison.Ordinal), $"{stylesheet} loads {reference} from elsewhere: the edition must work offline");
                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(stylesheet)!, reference));
                Assert.True(File.Exists(target), $"{Path.GetRelativePath(edition.Output, stylesheet)} → {reference} does not resolve");
            }
        }
    }

    private static readonly JsonSerializerOptions WholeManifest = new() { WriteIndented = true, IndentSize = 2, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void Manifest_IsWrittenAsTheSerializerWritesItWhole()
    {
        // The manifest is put together from remembered parts (each article's entry): the joins
        // must give what one serialization of the whole gives, indentation and Kazakh letters included.
        var text = File.ReadAllText(Path.Combine(edition.Output, "edition.json"));
        using var manifest = JsonDocument.Parse(text);
        Assert.Equal(JsonSerializer.Serialize(manifest.RootElement, WholeManifest) + "\n", text);
        Assert.Contains("Қазақстан", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Manifest_HasEveryContractField_AndEachArticleItsPageAndMarkdown()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(edition.Output, "edition.json")));
        var root = manifest.RootElement;
        foreach (var field in new[] { "title", "lang", "baseUrl", "articles", "indices" })
        {
            Assert.True(root.TryGetProperty(field, out _), $"edition.json lacks '{field}'");
        }

        var articles = root.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(edition.Result.Articles, articles.Count);
        Assert.True(articles.Count >= SourceFiles.Length, "at least one article a source");
        foreach (var article in articles)
        {
            var id = article.GetProperty("id").GetString();
            foreach (var field in ArticleFields)
            {
                Assert.True(article.TryGetProperty(field, out _), $"article {id} lacks '{field}'");
            }

            var page = Path.Combine(edition.Output, article.GetProperty("url").GetString()!, "index.html");
            Assert.True(File.Exists(page), $"article {id}: no page at its url");
            var markdown = Path.Combine(edition.Output, article.GetProperty("markdown").GetString()!);
            Assert.True(File.Exists(markdown), $"article {id}: no Markdown at its markdown path");
            Assert.StartsWith("---\n", File.ReadAllText(markdown), StringComparison.Ordinal);
            Assert.Contains(article.GetProperty("titleSource").GetString(), new[] { "source", "editorial", "derived" });
            Assert.Contains(article.GetProperty("status").GetString(), new[] { "complete", "fragment" });
            Assert.True(article.GetProperty("paragraphs").GetInt32() > 0, $"article {id} has no paragraphs");
        }
    }

    [Fact]
    public void EverySource_IsAWitnessOfSomeArticle_SoEveryTextCanBeRead()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(edition.Output, "edition.json")));
        var witnessed = manifest.RootElement.GetProperty("articles").EnumerateArray()
            .SelectMany(a => a.GetProperty("witnesses").EnumerateArray())
            .Select(w => w.GetProperty("source").GetString())
            .ToHashSet();
        Assert.All(SourceFiles, f => Assert.Contains(f, witnessed));
    }

    [Fact]
    public void ArticlePages_ShowTheirTextInTheirOwnLanguage_InsideAKazakhPage()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(edition.Output, "edition.json")));
        foreach (var article in manifest.RootElement.GetProperty("articles").EnumerateArray())
        {
            var page = Path.Combine(edition.Output, article.GetProperty("url").GetString()!, "index.html");
            var document = new HtmlParser().ParseDocument(File.ReadAllText(page));
            Assert.Equal("kk", document.DocumentElement.GetAttribute("lang"));
            var body = document.QuerySelector("article")!;
            Assert.Equal(article.GetProperty("lang").GetString(), body.GetAttribute("lang"));
            Assert.Equal(article.GetProperty("paragraphs").GetInt32(), document.QuerySelectorAll(".article-text > p").Length);
        }
    }

    [Fact]
    public void ArticlePages_NumberEveryBodyParagraph_p1ToPn_EachNumberLinkingToItsParagraph()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(edition.Output, "edition.json")));
        foreach (var article in manifest.RootElement.GetProperty("articles").EnumerateArray())
        {
            var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(edition.Output, article.GetProperty("url").GetString()!, "index.html")));
            var paragraphs = page.QuerySelectorAll(".article-text > p");
            var count = article.GetProperty("paragraphs").GetInt32();

            Assert.Equal(Enumerable.Range(1, count).Select(n => $"p{n}"), paragraphs.Select(p => p.Id));
            Assert.All(paragraphs, p => Assert.Equal("#" + p.Id, p.QuerySelector("a.pnum")?.GetAttribute("href")));
            Assert.Empty(page.QuerySelectorAll(".article-text .table p[id], .article-text li p[id]"));
            Assert.Equal(page.All.Count(e => !string.IsNullOrEmpty(e.Id)), page.All.Select(e => e.Id).Where(id => !string.IsNullOrEmpty(id)).Distinct().Count());
        }
    }

    [Fact]
    public void ArticlePages_ShowTheAbstractAndKeywordsTheSourceGives()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(edition.Output, "edition.json")));
        var withAbstract = manifest.RootElement.GetProperty("articles").EnumerateArray().Where(a => a.GetProperty("abstract").ValueKind == JsonValueKind.String).ToList();
        Assert.NotEmpty(withAbstract);
        foreach (var article in withAbstract)
        {
            var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(edition.Output, article.GetProperty("url").GetString()!, "index.html")));
            Assert.Equal(article.GetProperty("abstract").GetString(), page.QuerySelector(".abstract p")?.TextContent);
            foreach (var keyword in article.GetProperty("keywords").EnumerateArray())
            {
                Assert.Contains(keyword.GetString()!, page.QuerySelector(".keywords")!.TextContent, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void EveryKazakhArticle_CanBeReadInTheLatinAlphabet_WithTheSameParagraphs()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(edition.Output, "edition.json")));
        const string cyrillicKazakh = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя";
        foreach (var article in manifest.RootElement.GetProperty("articles").EnumerateArray())
        {
            var folder = Path.Combine(edition.Output, article.GetProperty("url").GetString()!);
            var latin = Path.Combine(folder, "latn", "index.html");
            if (article.GetProperty("lang").GetString() != "kk")
            {
                Assert.False(File.Exists(latin), $"{article.GetProperty("id")} is not Kazakh: no Latin page");
                continue;
            }

            var cyrillicPage = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(folder, "index.html")));
            var latinPage = new HtmlParser().ParseDocument(File.ReadAllText(latin));
            Assert.Equal("kk-Latn", latinPage.DocumentElement.GetAttribute("lang"));
            Assert.Equal(cyrillicPage.QuerySelectorAll(".article-text > p").Select(p => p.Id), latinPage.QuerySelectorAll(".article-text > p").Select(p => p.Id));
            var kazakhText = latinPage.QuerySelector("main")!.GetDescendants().OfType<IText>()
                .Where(t => t.ParentElement?.Closest("[lang]")?.GetAttribute("lang") is "kk" or "kk-Latn")
                .Select(t => t.Data.ToLowerInvariant());
            Assert.DoesNotContain(kazakhText.SelectMany(t => t), c => cyrillicKazakh.Contains(c, StringComparison.Ordinal));
            Assert.Null(cyrillicPage.QuerySelector("link[rel=alternate][hreflang]")); // only absolute, with a base URL (BuildCommandTests)
            Assert.Equal(Path.GetFullPath(latin), Resolve(folder, cyrillicPage.QuerySelector(".script-switch a")?.GetAttribute("href")));
            Assert.Equal(Path.GetFullPath(Path.Combine(folder, "index.html")), Resolve(Path.GetDirectoryName(latin)!, latinPage.QuerySelector(".script-switch a")?.GetAttribute("href")));
        }
    }

    [Fact]
    public void ArticlePages_CarryFilledCitationMetaTags_JsonLdAndOpenGraph_AndLinkTheirBibTexAndRis()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(edition.Output, "edition.json")));
        foreach (var article in manifest.RootElement.GetProperty("articles").EnumerateArray())
        {
            var folder = Path.Combine(edition.Output, article.GetProperty("url").GetString()!);
            var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(folder, "index.html")));
            string? Meta(string name) => page.QuerySelector($"meta[name={name}]")?.GetAttribute("content");

            Assert.False(string.IsNullOrWhiteSpace(Meta("citation_title")));
            Assert.Equal(article.GetProperty("lang").GetString(), Meta("citation_language"));
            Assert.False(string.IsNullOrWhiteSpace(Meta("citation_publication_date")));
            Assert.Equal(
                article.GetProperty("authors").EnumerateArray().Select(a => a.GetString()),
                page.QuerySelectorAll("meta[name=citation_author]").Select(m => m.GetAttribute("content")));
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[property='og:title']")?.GetAttribute("content")));
            using var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
            Assert.Equal("ScholarlyArticle", jsonLd.RootElement.GetProperty("@type").GetString());
            foreach (var download in page.QuerySelectorAll(".cite a[download]").Select(a => a.GetAttribute("href")!))
            {
                Assert.True(File.Exists(Path.Combine(folder, download)), download);
            }

            Assert.Equal(2, page.QuerySelectorAll(".cite a[download]").Length);
            Assert.StartsWith("@incollection{", File.ReadAllText(Path.Combine(folder, article.GetProperty("slug").GetString() + ".bib")), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryCitationMarker_LinksToAnExistingTarget_OnItsPage()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(edition.Output, "edition.json")));
        var linked = 0;
        foreach (var article in manifest.RootElement.GetProperty("articles").EnumerateArray())
        {
            var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(edition.Output, article.GetProperty("url").GetString()!, "index.html")));
            var links = page.QuerySelectorAll("a.citation");
            Assert.Equal(article.GetProperty("citations").EnumerateArray().Select(c => c.GetString()), links.Select(l => l.TextContent));
            foreach (var link in links)
            {
                var target = link.GetAttribute("href")!;
                Assert.StartsWith("#", target, StringComparison.Ordinal);
                Assert.True(page.GetElementById(target[1..]) is not null, $"{article.GetProperty("id")}: {link.TextContent} → {target} has no target");
                linked++;
            }
        }

        Assert.True(linked > 0);
    }

    [Fact]
    public void HomePage_OpensWithTheAboutPagesIntroduction_AndEveryPageLinksToItAndToTheIndices()
    {
        var about = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(edition.Output, "about", "index.html")));
        var home = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(edition.Output, "index.html")));

        Assert.Equal("Басылым туралы", about.QuerySelector("h1")?.TextContent);
        var firstParagraph = about.QuerySelector(".page-text p")!.TextContent;
        Assert.Equal(firstParagraph, home.QuerySelector(".introduction p")?.TextContent);
        Assert.Null(home.QuerySelector(".introduction h2"));
        // The 404 page, the build report and the print edition are documents of their own, without the site's navigation.
        foreach (var page in Pages.Where(p => !p.EndsWith("404.html", StringComparison.Ordinal) && !p.EndsWith("report.html", StringComparison.Ordinal) && !p.EndsWith("print/index.html", StringComparison.Ordinal)))
        {
            var nav = new HtmlParser().ParseDocument(File.ReadAllText(page)).QuerySelectorAll(".site-nav").Select(a => Resolve(Path.GetDirectoryName(page)!, a.GetAttribute("href")));
            Assert.Equal([Path.Combine(edition.Output, "index", "index.html"), Path.Combine(edition.Output, "about", "index.html")], nav);
        }
    }

    private static string? Resolve(string folder, string? href) => href is null ? null : Path.GetFullPath(Path.Combine(folder, href));

    [Fact]
    public void Build_LeavesTheInputExactlyAsItWas()
    {
        Assert.Equal(edition.InputBefore, FolderSnapshot.Take(RepoPaths.Input));
    }

    [Fact]
    public async Task Build_IsDeterministic_TheSameInputGivesByteIdenticalOutput()
    {
        using var temp = new TempDirectory();
        await EditionBuilder.BuildAsync(new BuildOptions(RepoPaths.Input, temp.Combine("again"), Theme: RepoPaths.Theme), cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(FolderSnapshot.Take(edition.Output), FolderSnapshot.Take(temp.Combine("again")));
    }

    [Fact]
    public async Task Build_WithABaseUrl_WritesCanonicalLinksAndASitemapOfEveryPage()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("site");
        var result = await EditionBuilder.BuildAsync(new BuildOptions(RepoPaths.Input, output, "https://example.org/edition", RepoPaths.Theme), cancellationToken: TestContext.Current.CancellationToken);
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.StartsWith("base_url is empty", StringComparison.Ordinal));

        var sitemap = File.ReadAllText(Path.Combine(output, "sitemap.xml"));
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "edition.json")));
        Assert.Equal("https://example.org/edition/", manifest.RootElement.GetProperty("baseUrl").GetString());
        Assert.Contains("<loc>https://example.org/edition/</loc>", sitemap, StringComparison.Ordinal);
        foreach (var article in manifest.RootElement.GetProperty("articles").EnumerateArray())
        {
            var url = "https://example.org/edition/" + article.GetProperty("url").GetString();
            Assert.Contains($"<loc>{url}</loc>", sitemap, StringComparison.Ordinal);
            var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, article.GetProperty("url").GetString()!, "index.html")));
            Assert.Equal(url, page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        }

        Assert.DoesNotContain("404", sitemap, StringComparison.Ordinal);
        var notFound = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "404.html")));
        Assert.Equal(
            ["https://example.org/edition/assets/fonts.css", "https://example.org/edition/assets/style.css"],
            notFound.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")));
    }

    /// <summary>Issue 17, item 2: the shipped edition.yml has no base_url; the build says, once, what that means for 404.html.</summary>
    [Fact]
    public void Build_WithoutABaseUrl_WarnsOnce_OfWhatThatMeansFor404()
    {
        var warning = Assert.Single(edition.Result.Diagnostics, d => d.Message.StartsWith("base_url is empty", StringComparison.Ordinal));
        Assert.Equal(KzEdition.Engine.Severity.Warning, warning.Severity);
        Assert.EndsWith("edition.yml", warning.File, StringComparison.Ordinal);
        Assert.Contains("404.html", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_LinkRelatively_SoTheSiteWorksUnderAnyPathAndFromDisk()
    {
        foreach (var page in Pages.Where(p => !p.EndsWith("404.html", StringComparison.Ordinal)))
        {
            var document = new HtmlParser().ParseDocument(File.ReadAllText(page));
            foreach (var anchor in document.QuerySelectorAll("a[href], link[href]").OfType<AngleSharp.Dom.IElement>())
            {
                var href = anchor.GetAttribute("href")!;
                Assert.False(href.StartsWith('/'), $"{Path.GetRelativePath(edition.Output, page)} links root-relative: {href}");
                Assert.False(href.EndsWith('/') && !Uri.IsWellFormedUriString(href, UriKind.Absolute), $"{href}: a folder link opens no page from disk");
            }
        }
    }

    [Fact]
    public void HomePage_ListsEveryArticle_MarkingSuppliedTitlesAndFragments()
    {
        var home = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(edition.Output, "index.html")));
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(edition.Output, "edition.json")));
        var entries = home.QuerySelectorAll(".toc-entry");
        var articles = manifest.RootElement.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(articles.Count, entries.Length);
        for (var i = 0; i < articles.Count; i++)
        {
            var title = entries[i].QuerySelector(".toc-title")!.TextContent;
            var supplied = articles[i].GetProperty("titleSource").GetString() != "source";
            Assert.Equal(supplied, title.StartsWith('[') && title.EndsWith(']'));
            var fragment = articles[i].GetProperty("status").GetString() == "fragment";
            Assert.Equal(fragment, entries[i].QuerySelector(".badge-fragment") is not null);
        }
    }
}
