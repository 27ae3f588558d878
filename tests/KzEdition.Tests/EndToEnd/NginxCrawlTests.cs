using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using KzEdition.Building;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.EndToEnd;

/// <summary>
/// The real edition served as a web host serves it: nginx with the repository's server block
/// (deploy/nginx.conf), at a domain's root and under a sub-path (<c>/edition/</c>, built with
/// <c>--base-url</c>). A crawl from the home page follows every link of every page, every
/// <c>url()</c> of the stylesheets, and asks every file of the search index: none may be broken, and
/// every <c>#fragment</c> lands on an element of its page (a letter of an index's bar on its heading).
/// Text comes with <c>charset=utf-8</c>, the Markdown too, and a missing page is the edition's 404.
/// </summary>
public sealed partial class NginxCrawlTests(BuiltEdition edition) : IClassFixture<BuiltEdition>, IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task AtTheRoot_EveryLinkResolves_AndTextIsUtf8()
    {
        Assert.SkipUnless(RunningNginx.Exists, $"nginx is not installed ({RunningNginx.Executable} is missing): apt-get install nginx (.ci/run does).");
        var port = RunningNginx.FreePort();
        await using var nginx = await RunningNginx.StartAsync(_temp.Combine("nginx"), port, edition.Output, "/");

        await CrawlAsync(nginx, new Uri(nginx.Root, "/"), edition.Output);
    }

    /// <summary>
    /// The server block compresses the text a page needs (pages, styles, scripts, the search
    /// index's JSON) for a reader who accepts gzip, and leaves the fonts (woff2, compressed already)
    /// as they are; what comes back unpacks to the file.
    /// </summary>
    [Fact]
    public async Task TheTextAReaderDownloads_IsGzipped_AndTheFontsAreNot()
    {
        Assert.SkipUnless(RunningNginx.Exists, $"nginx is not installed ({RunningNginx.Executable} is missing): apt-get install nginx (.ci/run does).");
        var port = RunningNginx.FreePort();
        await using var nginx = await RunningNginx.StartAsync(_temp.Combine("nginx"), port, edition.Output, "/");
        using var client = new HttpClient();
        var font = Directory.EnumerateFiles(Path.Combine(edition.Output, "assets", "fonts"), "*.woff2").Order(StringComparer.Ordinal).First();
        foreach (var path in new[] { "index.html", "assets/style.css", "assets/search/search.js", "search/names.json", Path.GetRelativePath(edition.Output, font).Replace('\\', '/') })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(nginx.Root, path));
            request.Headers.AcceptEncoding.ParseAdd("gzip");
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
            var body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
            var expected = File.ReadAllBytes(Path.Combine(edition.Output, path));
            if (path.EndsWith(".woff2", StringComparison.Ordinal))
            {
                Assert.Empty(response.Content.Headers.ContentEncoding);
                Assert.Equal(expected, body);
                continue;
            }

            Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
            using var unpacked = new System.IO.Compression.GZipStream(new MemoryStream(body), System.IO.Compression.CompressionMode.Decompress);
            using var file = new MemoryStream();
            await unpacked.CopyToAsync(file, TestContext.Current.CancellationToken);
            Assert.Equal(expected, file.ToArray());
            Assert.True(body.Length < expected.Length, $"{path}: {body.Length} bytes gzipped, {expected.Length} plain");
        }
    }

    [Fact]
    public async Task UnderASubPath_WithItsBaseUrl_EveryLinkResolves_AndTextIsUtf8()
    {
        Assert.SkipUnless(RunningNginx.Exists, $"nginx is not installed ({RunningNginx.Executable} is missing): apt-get install nginx (.ci/run does).");
        var port = RunningNginx.FreePort();
        var root = _temp.Combine("www");
        var site = Path.Combine(root, "edition");
        var baseUrl = $"http://127.0.0.1:{port}/edition/";
        await EditionBuilder.BuildAsync(new BuildOptions(RepoPaths.Input, site, BaseUrl: baseUrl, Theme: RepoPaths.Theme), cancellationToken: TestContext.Current.CancellationToken);
        await using var nginx = await RunningNginx.StartAsync(_temp.Combine("nginx"), port, root, "/edition/");

        await CrawlAsync(nginx, new Uri(baseUrl), site);

        // The sitemap's absolute URLs, made from --base-url, lead to the pages too.
        using var client = new HttpClient();
        var locations = SitemapLocation().Matches(File.ReadAllText(Path.Combine(site, "sitemap.xml"))).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(locations);
        foreach (var location in locations)
        {
            Assert.StartsWith(baseUrl, location, StringComparison.Ordinal);
            using var response = await client.GetAsync(new Uri(location), TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"sitemap.xml → {location} ({(int)response.StatusCode})");
        }
    }

    private static async Task CrawlAsync(RunningNginx nginx, Uri home, string site)
    {
        using var client = new HttpClient();
        var cancel = TestContext.Current.CancellationToken;
        var broken = new List<string>();
        var seen = new HashSet<Uri> { home };
        var queue = new Queue<(Uri Url, string From)>([(home, "(start)")]);

        // The search index is read by search.js, not linked: every file of it is asked for too.
        foreach (var file in Directory.EnumerateFiles(Path.Combine(site, "search"), "*.json", SearchOption.AllDirectories))
        {
            var url = new Uri(home, Path.GetRelativePath(site, file).Replace('\\', '/'));
            if (seen.Add(url))
            {
                queue.Enqueue((url, "(search index)"));
            }
        }

        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        var pages = new Dictionary<Uri, AngleSharp.Html.Dom.IHtmlDocument>(); // each page fetched, for the fragments
        var fragments = new List<(Uri Page, string Fragment, string Text, bool Letter, string From)>();
        while (queue.TryDequeue(out var item))
        {
            using var response = await client.GetAsync(item.Url, cancel);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                broken.Add($"{item.From} → {item.Url} ({(int)response.StatusCode})");
                continue;
            }

            var type = response.Content.Headers.ContentType?.ToString() ?? "";
            types.TryAdd(Path.GetExtension(item.Url.AbsolutePath), type);
            var body = await response.Content.ReadAsStringAsync(cancel);
            if (type.StartsWith("text/html", StringComparison.Ordinal))
            {
                var document = new HtmlParser().ParseDocument(body);
                pages[item.Url] = document;
                foreach (var anchor in document.QuerySelectorAll("a[href*='#']"))
                {
                    var target = new Uri(item.Url, anchor.GetAttribute("href")!);
                    if (target.Authority == home.Authority && target.Fragment.Length > 1)
                    {
                        fragments.Add((new UriBuilder(target) { Fragment = "" }.Uri, Uri.UnescapeDataString(target.Fragment[1..]), anchor.TextContent.Trim(), anchor.Closest(".letters") is not null, item.Url.AbsolutePath));
                    }
                }
            }

            IEnumerable<string> references =
                type.StartsWith("text/html", StringComparison.Ordinal) ? LinksOf(body)
                : type.StartsWith("text/css", StringComparison.Ordinal) ? CssUrl().Matches(body).Select(m => m.Groups[1].Value)
                : [];
            foreach (var reference in references)
            {
                if (reference.StartsWith('#') || reference.StartsWith("mailto:", StringComparison.Ordinal) || reference.StartsWith("data:", StringComparison.Ordinal))
                {
                    continue;
                }

                var target = new Uri(item.Url, reference);
                target = new UriBuilder(target) { Fragment = "" }.Uri;
                // Only the site's own links: an absolute link elsewhere (a DOI, a licence) is not the host's to serve.
                if (target.Authority == home.Authority && target.AbsolutePath.StartsWith(home.AbsolutePath, StringComparison.Ordinal) && seen.Add(target))
                {
                    queue.Enqueue((target, item.Url.AbsolutePath));
                }
            }
        }

        Assert.True(broken.Count == 0, $"Broken links ({broken.Count}):\n{string.Join("\n", broken.Take(50))}\n{nginx.ErrorLog()}");

        // Every #fragment lands on an element of its page; a letter of an index's bar on that letter's heading.
        var missed = fragments.Where(f => pages.ContainsKey(f.Page))
            .Select(f => (Link: f, Target: pages[f.Page].GetElementById(f.Fragment)))
            .Where(t => t.Target is null || (t.Link.Letter && t.Target.TextContent.Trim() != t.Link.Text))
            .Select(t => $"{t.Link.From} → {t.Link.Page.AbsolutePath}#{t.Link.Fragment} («{t.Link.Text}»): {(t.Target is null ? "no such element" : $"lands on «{t.Target.TextContent.Trim()}»")}")
            .Distinct().ToList();
        Assert.True(fragments.Count(f => f.Letter) > 20, $"only {fragments.Count(f => f.Letter)} letters of index bars found");
        Assert.True(missed.Count == 0, $"Fragments that miss ({missed.Count} of {fragments.Count}):\n{string.Join("\n", missed.Take(30))}");
        // Every page but the error page is linked from another: a crawl that reaches fewer did not crawl.
        var pageCount = Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories).Count(f => Path.GetFileName(f) != "404.html");
        Assert.True(seen.Count(u => u.AbsolutePath.EndsWith(".html", StringComparison.Ordinal) || u.AbsolutePath.EndsWith('/')) >= pageCount, $"the crawl reached only {seen.Count} files, for {pageCount} pages");
        Assert.Equal("text/markdown; charset=utf-8", types[".md"]);
        Assert.Equal("text/html; charset=utf-8", types[".html"]);
        Assert.Equal("text/css; charset=utf-8", types[".css"]);
        Assert.Equal("application/json; charset=utf-8", types[".json"]);

        // A missing page: the status 404, and the edition's own page.
        using var missing = await client.GetAsync(new Uri(home, "no-such-article/"), cancel);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(File.ReadAllText(Path.Combine(site, "404.html")), await missing.Content.ReadAsStringAsync(cancel));
    }

    private static IEnumerable<string> LinksOf(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        return document.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
            .Concat(document.QuerySelectorAll("script[src], img[src], source[src]").Select(e => e.GetAttribute("src")!));
    }

    [GeneratedRegex("<loc>([^<]+)</loc>")]
    private static partial Regex SitemapLocation();

    [GeneratedRegex(@"url\(\s*['""]?([^'"")]+)['""]?\s*\)")]
    private static partial Regex CssUrl();
}
