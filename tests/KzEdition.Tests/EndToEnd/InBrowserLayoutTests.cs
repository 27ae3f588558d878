using KzEdition.Tests.Support;
using Microsoft.Playwright;

namespace KzEdition.Tests.EndToEnd;

/// <summary>
/// The real edition as a reader sees it in Chromium: the footer lines up with the header and the
/// text (issue 17, item 5), the search read from disk says what it needs (item 6), the Markdown link saves the file (item 3), the print edition fits a phone (item 11), and 404.html, built without a base URL, is styled and links into the
/// site when a host serves it under a sub-path at any depth (item 2). Skipped without Chromium.
/// </summary>
public sealed class InBrowserLayoutTests(BuiltEdition edition, Chromium chromium) : IClassFixture<BuiltEdition>, IClassFixture<Chromium>
{
    /// <summary>A host that nobody resolves: Playwright answers every request to it from the output folder.</summary>
    private const string Host = "http://edition.test";

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task TheFooter_HasTheHeadersWidth_AndItsTextStartsWhereTheTextDoes(int width, int height)
    {
        var browser = await chromium.BrowserAsync();
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var tab = await context.NewPageAsync();
        foreach (var page in new[] { "index.html", "articles/ulttyq-qurylys/index.html", "index/persons/index.html", "search/index.html" })
        {
            await tab.GotoAsync(new Uri(Path.Combine(edition.Output, page)).AbsoluteUri);
            var boxes = await tab.EvaluateAsync<double[]>("""
                () => {
                  const box = s => document.querySelector(s).getBoundingClientRect();
                  const text = s => { const r = document.createRange(); r.selectNodeContents(document.querySelector(s)); return r.getBoundingClientRect().left; };
                  return [box('.site-header').left, box('.site-header').right, box('.site-footer').left, box('.site-footer').right, text('main h1'), text('.site-footer p')];
                }
                """);
            Assert.True(Math.Abs(boxes[0] - boxes[2]) < 1 && Math.Abs(boxes[1] - boxes[3]) < 1, $"{page} at {width} px: header {boxes[0]}–{boxes[1]}, footer {boxes[2]}–{boxes[3]}");
            Assert.True(Math.Abs(boxes[4] - boxes[5]) < 1, $"{page} at {width} px: the heading's text starts at {boxes[4]}, the footer's at {boxes[5]}");
        }
    }

    [Theory]
    [InlineData("/edition/articles/no-such-article/")]
    [InlineData("/edition/no/such/page.html")]
    [InlineData("/edition/missing")]
    public async Task NotFound_UnderASubPath_WithoutABaseUrl_IsStyled_AndLinksIntoTheSite(string missing)
    {
        var browser = await chromium.BrowserAsync();
        await using var context = await browser.NewContextAsync();
        // The host serves the output under /edition/, and 404.html (status 404) for every missing path.
        await context.RouteAsync(Host + "/**", async route =>
        {
            var path = new Uri(route.Request.Url).AbsolutePath;
            var file = path.StartsWith("/edition/", StringComparison.Ordinal) ? Path.Combine(edition.Output, Uri.UnescapeDataString(path["/edition/".Length..])) : "";
            if (Directory.Exists(file))
            {
                file = Path.Combine(file, "index.html");
            }

            await (File.Exists(file)
                ? route.FulfillAsync(new RouteFulfillOptions { Path = file })
                : route.FulfillAsync(new RouteFulfillOptions { Status = 404, Path = Path.Combine(edition.Output, "404.html"), ContentType = "text/html; charset=utf-8" }));
        });
        var tab = await context.NewPageAsync();
        var response = await tab.GotoAsync(Host + missing);
        Assert.Equal(404, response!.Status);

        await tab.WaitForFunctionAsync("() => document.querySelector('.site-title').getAttribute('href') !== '/index.html'", null, new PageWaitForFunctionOptions { Timeout = 10_000 });
        var links = await tab.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href]:not([href^=\"#\"]), link[href]')].map(e => e.href)");
        Assert.All(links, link => Assert.StartsWith(Host + "/edition/", link, StringComparison.Ordinal));
        Assert.Equal(Host + "/edition/search/index.html", await tab.EvaluateAsync<string>("() => document.querySelector('form.site-search').action"));

        // The theme's stylesheet, not only the page's own few rules: the header is a flex row.
        await tab.WaitForFunctionAsync("() => getComputedStyle(document.querySelector('.site-header')).display === 'flex'", null, new PageWaitForFunctionOptions { Timeout = 10_000 });
        foreach (var link in links)
        {
            var file = Path.Combine(edition.Output, Uri.UnescapeDataString(new Uri(link).AbsolutePath["/edition/".Length..]));
            Assert.True(File.Exists(file) || File.Exists(Path.Combine(file, "index.html")), $"{missing}: {link} is no file of the site");
        }
    }

    [Fact]
    public async Task NotFound_ReadFromDisk_LinksBesideItself()
    {
        var browser = await chromium.BrowserAsync();
        var tab = await browser.NewPageAsync();
        await tab.GotoAsync(new Uri(Path.Combine(edition.Output, "404.html")).AbsoluteUri);
        var title = await tab.EvaluateAsync<string>("() => document.querySelector('.site-title').href");
        Assert.Equal(new Uri(Path.Combine(edition.Output, "index.html")).AbsoluteUri, title);
        await tab.CloseAsync();
    }

    /// <summary>Item 6: read from disk, the search page says it needs the site served, and how, instead of "Failed to fetch".</summary>
    [Fact]
    public async Task Search_ReadFromDisk_SaysItNeedsAServer_AndHow()
    {
        var browser = await chromium.BrowserAsync();
        var tab = await browser.NewPageAsync();
        await tab.GotoAsync(new Uri(Path.Combine(edition.Output, "search", "index.html")).AbsoluteUri + "?q=" + Uri.EscapeDataString("НАТО"));
        var status = tab.Locator(".search-status");
        await tab.WaitForFunctionAsync("() => document.querySelector('.search-status').textContent !== ''", null, new PageWaitForFunctionOptions { Timeout = 10_000 });
        var text = await status.InnerTextAsync();
        Assert.Contains("python3 -m http.server --bind 127.0.0.1 -d output 8000", text, StringComparison.Ordinal);
        Assert.DoesNotContain("fetch", text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await tab.Locator(".search-result").CountAsync());
        await tab.CloseAsync();
    }

    /// <summary>
    /// Item 3: a host that names no charset for .md (python3 -m http.server, nginx's defaults) made
    /// the browser show the UTF-8 Markdown as Latin-1. The link saves the file instead, byte for byte.
    /// </summary>
    [Fact]
    public async Task TheMarkdownLink_SavesTheFile_EvenFromAHostThatNamesNoCharset()
    {
        var browser = await chromium.BrowserAsync();
        await using var site = await StaticSite.StartAsync(edition.Output); // .md as text/markdown, no charset
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true });
        var tab = await context.NewPageAsync();
        var page = new Uri(site.Url, "articles/ulttyq-qurylys/index.html").AbsoluteUri;
        await tab.GotoAsync(page);

        var download = await tab.RunAndWaitForDownloadAsync(() => tab.Locator("a[href$='.md']").ClickAsync());
        var saved = await download.PathAsync();
        Assert.Equal(File.ReadAllBytes(Path.Combine(edition.Output, "articles", "ulttyq-qurylys", "ulttyq-qurylys.md")), File.ReadAllBytes(saved));
        Assert.Equal(page, tab.Url);
    }

    /// <summary>Item 11: on a phone the print edition's sheets (A4: 794 px) were centred and cut off on the left; they are zoomed to the screen's width.</summary>
    [Fact]
    public async Task ThePrintEdition_OnAPhone_ShowsWholeSheets()
    {
        var browser = await chromium.BrowserAsync();
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        var tab = await context.NewPageAsync();
        await using var site = await StaticSite.StartAsync(edition.Output); // Paged.js reads the stylesheets with fetch, which file:// refuses
        await tab.GotoAsync(new Uri(site.Url, "print/index.html").AbsoluteUri);
        await tab.WaitForSelectorAsync("html[data-print-ready]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        var box = await tab.EvaluateAsync<double[]>("() => { const r = document.querySelector('.pagedjs_page').getBoundingClientRect(); return [r.left, r.right, document.documentElement.scrollWidth, document.documentElement.clientWidth]; }");
        Assert.True(box[0] >= 0 && box[1] <= box[3], $"the first sheet spans {box[0]}–{box[1]} px of a {box[3]} px screen");
        Assert.Equal(box[3], box[2]);
    }
}
