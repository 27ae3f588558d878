using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KzEdition.Building;
using KzEdition.Tests.Support;
using Microsoft.Playwright;

namespace KzEdition.Tests.EndToEnd;

/// <summary>
/// The real edition built with script put into every field an editor or a source's supplier
/// controls (issue 19, items 2-4): a source's file name, an editorial title and author, the
/// edition's title and publisher, and a page's links and attributes. No page the build writes holds
/// an executable script: checked by parsing every page, and by opening pages in Chromium (each
/// payload sets window.__xss; it must stay unset).
/// </summary>
public sealed class HostileInputPagesTests(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private const string SourceName = "005_<img src=x onerror=window.__xss=1>.txt";

    private readonly TempDirectory _temp = new();

    private string Output => _temp.Combine("site");

    public async ValueTask InitializeAsync()
    {
        var input = _temp.CopyFrom(RepoPaths.Input, "input");
        File.WriteAllText(Path.Combine(input, "sources", SourceName), "Тәуелсіздік жылдарындағы сыртқы саясат\n\nҚазақстан Республикасы тәуелсіздік алғаннан кейін сыртқы саясатта көпвекторлы бағытты ұстанды. Бұл бағыт елдің қауіпсіздігін нығайтуға мүмкіндік берді және көршілермен қарым-қатынасты жақсартты.\n");
        TextFiles.Replace(Path.Combine(input, "editorial", "articles.yml"), "    title: Қазақстан мен НАТО ынтымақтастығының жаңа бағыттары\n",
            "    title: \"<script>window.__xss=2</script> Қазақстан мен НАТО\"\n    authors: [\"<img src=x onerror=window.__xss=3>\"]\n");
        TextFiles.Replace(Path.Combine(input, "edition.yml"), "title: Қазақстан және НАТО\n", "title: \"Қазақстан және НАТО <script>window.__xss=4</script>\"\n");
        TextFiles.Replace(Path.Combine(input, "edition.yml"), "publisher: KzEdition\n", "publisher: \"<img src=x onerror=window.__xss=5>\"\n");
        File.AppendAllText(Path.Combine(input, "pages", "about.md"), "\n[Басыңыз](javascript:window.__xss=6) <javascript:window.__xss=7> ![сурет](data:image/svg+xml,<svg onload=window.__xss=8>)\n\n## Тақырып {onclick=\"window.__xss=9\"}\n");

        var result = await EditionBuilder.BuildAsync(new BuildOptions(input, Output, Theme: RepoPaths.Theme), cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(Directory.Exists(Output), "the build must succeed for the pages to be checked");
        Assert.NotNull(result);
    }

    public ValueTask DisposeAsync()
    {
        _temp.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public void TheHostileTexts_ReachThePages_AsText()
    {
        Assert.Contains("<code>005_&lt;img src=x onerror=window.__xss=1&gt;.txt</code>", File.ReadAllText(ArticlePage()), StringComparison.Ordinal);
        Assert.Contains("<script>window.__xss=2</script>", Page("index.html").Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=window.__xss=5>", Page("index.html").Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(SourceName, Page("print/index.html").Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(SourceName, Page("report.html").Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Басыңыз", Page("about/index.html").Body!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>404.html's own script, inline since it must run before the page knows where the site's assets are: the theme's text, byte for byte.</summary>
    private static readonly string NotFoundScript = Between(File.ReadAllText(Path.Combine(RepoPaths.Theme, "layouts", "404.html")), "<script>", "</script>");

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal) + start.Length;
        return text[from..text.IndexOf(end, from, StringComparison.Ordinal)];
    }

    [Fact]
    public void NoPage_HoldsAScriptOfItsInput_AHandlerAttribute_OrAScriptLink()
    {
        var pages = Pages();
        Assert.True(pages.Count >= 28, "every page of the edition is checked (28 in the real edition)");
        foreach (var (path, document) in pages)
        {
            foreach (var script in document.QuerySelectorAll("script"))
            {
                var allowed = script.GetAttribute("src") is { } src ? src.Contains("assets/", StringComparison.Ordinal) && script.TextContent.Length == 0
                    : script.GetAttribute("type") is "application/json" or "application/ld+json"
                    || (path.EndsWith("404.html", StringComparison.Ordinal) && script.TextContent == NotFoundScript);
                Assert.True(allowed, $"{path}: a script the theme does not have: {script.OuterHtml}");
            }

            foreach (var element in document.All)
            {
                foreach (var attribute in element.Attributes)
                {
                    Assert.False(attribute.Name.StartsWith("on", StringComparison.Ordinal), $"{path}: {element.LocalName} has {attribute.Name}=\"{attribute.Value}\"");
                    var value = attribute.Value.Trim().ToLowerInvariant();
                    Assert.False(
                        attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href" && (value.StartsWith("javascript:", StringComparison.Ordinal) || value.StartsWith("data:", StringComparison.Ordinal) || value.StartsWith("vbscript:", StringComparison.Ordinal)),
                        $"{path}: {element.LocalName} has {attribute.Name}=\"{attribute.Value}\"");
                }
            }
        }
    }

    [Fact]
    public async Task InChromium_NoPayloadRuns_OnTheHomeAboutPrintReportAndArticlePages()
    {
        var browser = await chromium.BrowserAsync();
        var article = ArticlePage();
        var pages = new[] { Path.Combine(Output, "index.html"), Path.Combine(Output, "about", "index.html"), Path.Combine(Output, "print", "index.html"), Path.Combine(Output, "report.html"), article };
        var tab = await browser.NewPageAsync();
        foreach (var page in pages)
        {
            await tab.GotoAsync(new Uri(page).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            foreach (var link in await tab.Locator("a").AllAsync())
            {
                // A javascript: link would run only when clicked: none may be there to click.
                Assert.DoesNotContain("javascript:", await link.GetAttributeAsync("href") ?? "", StringComparison.OrdinalIgnoreCase);
            }

            await tab.WaitForTimeoutAsync(300); // an <img onerror> fires after its load fails
            Assert.True(await tab.EvaluateAsync<bool>("() => typeof window.__xss === 'undefined'"), $"a payload ran on {page}");
        }
    }

    private List<(string Path, IDocument Document)> Pages()
    {
        var parser = new HtmlParser();
        return [.. Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(p => (p, parser.ParseDocument(File.ReadAllText(p))))];
    }

    /// <summary>The article page (Cyrillic) whose witness is the source with the hostile name.</summary>
    private string ArticlePage() =>
        Pages().Select(p => p.Path).Single(p => p.Contains("/articles/", StringComparison.Ordinal) && !p.Contains("/latn/", StringComparison.Ordinal) && File.ReadAllText(p).Contains("<code>005_", StringComparison.Ordinal));

    private IDocument Page(string relative) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Output, relative)));
}
