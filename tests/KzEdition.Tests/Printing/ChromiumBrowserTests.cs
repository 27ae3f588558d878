using System.Text.Json;
using KzEdition.Pdf;
using KzEdition.Pdf.DevTools;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Printing;

/// <summary>
/// The DevTools client driving Debian's Chromium as the pdf command does: a page's uncaught error
/// and a refused request are heard, evaluation works where the page's scripts are off, the PDF comes
/// back whole; and a Chromium that cannot start is named in the error. Skipped with the reason where
/// Chromium is not installed (but for the launch failures, which need none).
/// </summary>
public sealed class ChromiumBrowserTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private const string Origin = "http://pages.kzedition.invalid/";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task APagesUncaughtError_AndARefusedRequest_AreHeard()
    {
        await using var browser = await LaunchAsync();
        File.WriteAllText(_temp.Combine("index.html"), """
            <!doctype html><html><head><link rel="stylesheet" href="missing.css"></head>
            <body><script>throw new TypeError("the layout broke");</script></body></html>
            """);
        var context = await browser.NewContextAsync(TestContext.Current.CancellationToken);
        await using var tab = await browser.NewTabAsync(context, new TabOptions { Answer = Serve }, TestContext.Current.CancellationToken);
        var errors = new List<string>();
        var failed = new List<string>();
        tab.PageError += message => { lock (errors) { errors.Add(message); } };
        tab.RequestFailed += (url, error) => { lock (failed) { failed.Add($"{url} {error}"); } };

        await tab.NavigateAsync(Origin + "index.html", TestContext.Current.CancellationToken);

        Assert.Equal(["TypeError: the layout broke"], errors);
        Assert.Equal([Origin + "missing.css net::ERR_FAILED"], failed);
    }

    [Fact]
    public async Task WithThePagesScriptsOff_AnEvaluationStillRuns_AndAwaitsItsPromise()
    {
        await using var browser = await LaunchAsync();
        File.WriteAllText(_temp.Combine("index.html"), """<!doctype html><p id="x">text</p><script>document.title = "ran";</script>""");
        var context = await browser.NewContextAsync(TestContext.Current.CancellationToken);
        await using var tab = await browser.NewTabAsync(context, new TabOptions { JavaScriptEnabled = false }, TestContext.Current.CancellationToken);

        await tab.NavigateAsync(new Uri(_temp.Combine("index.html")).AbsoluteUri, TestContext.Current.CancellationToken);

        Assert.Equal("", (await tab.EvaluateAsync("document.title", TestContext.Current.CancellationToken)).GetString());
        var result = await tab.CallAsync("([id, suffix]) => Promise.resolve(document.getElementById(id).textContent + suffix)", ["x", "!"], TestContext.Current.CancellationToken);
        Assert.Equal("text!", result.GetString());
        var error = await Assert.ThrowsAsync<DevToolsException>(() => tab.EvaluateAsync("null.x", TestContext.Current.CancellationToken));
        Assert.StartsWith("Evaluation failed: TypeError:", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A navigation ends once the page says it is the URL asked for: a file whose name the browser
    /// writes escaped (spaces, Kazakh letters, brackets, a quote) is still recognised, for a page
    /// opened from disk and for one served.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task APageWithAnUnusualName_IsKnownOnceLoaded(bool fromDisk)
    {
        await using var browser = await LaunchAsync();
        const string Name = "мақала [1] o'clock ~ 50%.html";
        File.WriteAllText(_temp.Combine(Name), "<!doctype html><p>loaded</p>");
        var context = await browser.NewContextAsync(TestContext.Current.CancellationToken);
        await using var tab = await browser.NewTabAsync(context, new TabOptions { Answer = fromDisk ? null : Serve }, TestContext.Current.CancellationToken);
        var url = fromDisk ? new Uri(_temp.Combine(Name)).AbsoluteUri : Origin + Uri.EscapeDataString(Name);

        await tab.NavigateAsync(url, TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal("loaded", (await tab.EvaluateAsync("document.body.textContent", TestContext.Current.CancellationToken)).GetString());
    }

    [Fact]
    public async Task APrintedPage_ComesBackWhole_InTheSizeAskedFor()
    {
        await using var browser = await LaunchAsync();
        File.WriteAllText(_temp.Combine("index.html"), "<!doctype html>" + string.Concat(Enumerable.Range(1, 400).Select(i => $"<p>Paragraph {i}</p>")));
        var context = await browser.NewContextAsync(TestContext.Current.CancellationToken);
        await using var tab = await browser.NewTabAsync(context, new TabOptions { Answer = Serve }, TestContext.Current.CancellationToken);
        await tab.NavigateAsync(Origin + "index.html", TestContext.Current.CancellationToken);

        var pdf = await tab.PrintToPdfAsync(new PrintOptions { Width = "148mm", Height = "210mm", MarginTop = "20mm", MarginBottom = "20mm" }, TestContext.Current.CancellationToken);
        var path = _temp.Combine("page.pdf");
        File.WriteAllBytes(path, pdf);

        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5), StringComparison.Ordinal);
        Assert.EndsWith("%%EOF", System.Text.Encoding.ASCII.GetString(pdf).TrimEnd(), StringComparison.Ordinal);
        var pages = await PdfText.PagesAsync(path);
        Assert.True(pages.Count > 5, $"{pages.Count} pages");
        Assert.Contains("Paragraph 400", string.Join(' ', pages), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APrintEditionWhoseScriptFails_StopsTheRender_NamingThePageAndTheError()
    {
        SkipWithoutChromium();
        var site = Site("""<!doctype html><script>window.kzPrintReady = false; null.layout();</script>""");

        var ex = await Assert.ThrowsAsync<KzEdition.Engine.BuildException>(() => PdfRenderer.RenderAsync(site, cancellationToken: TestContext.Current.CancellationToken));

        var error = Assert.Single(ex.Diagnostics);
        Assert.Equal("print/index.html", error.File);
        Assert.StartsWith("the print edition's layout failed: TypeError: Cannot read properties of null", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Ctrl+C while the print edition lays itself out: Chromium is killed, and the render ends at once.</summary>
    [Fact]
    public async Task ACancelledRender_EndsAtOnce()
    {
        SkipWithoutChromium();
        var site = Site("<!doctype html><p>A layout that never finishes.</p>");
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var render = PdfRenderer.RenderAsync(site, cancellationToken: cancel.Token);
        await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);

        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => render.WaitAsync(Patience, TestContext.Current.CancellationToken));
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"{stopwatch.Elapsed}");
    }

    /// <summary>An <c>alert()</c> would stop the page until someone closes it: it is dismissed, as Playwright did, and the edition printed.</summary>
    [Fact]
    public async Task APrintEditionsDialog_IsDismissed()
    {
        SkipWithoutChromium();
        var site = Site("""<!doctype html><p>Edition</p><script>alert("hello"); window.kzArticlePages = {}; window.kzPrintReady = !confirm("print?");</script>""");

        var report = await PdfRenderer.RenderAsync(site, cancellationToken: TestContext.Current.CancellationToken).WaitAsync(Patience, TestContext.Current.CancellationToken);

        Assert.Single(report.Files);
    }

    [Fact]
    public async Task AChromiumThatExitsAtOnce_IsNamed_WithWhatItSaid()
    {
        var executable = _temp.Combine("chromium");
        File.WriteAllText(executable, "#!/bin/sh\necho 'error while loading shared libraries: libnss3.so' >&2\nexit 127\n");
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("a shell script stands in for Chromium");
        }
        else
        {
            File.SetUnixFileMode(executable, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        }
        var site = new KzEdition.Building.StagedSite(_temp.Path, new KzEdition.Configuration.EditionSettings(), []);

        var ex = await Assert.ThrowsAsync<KzEdition.Engine.BuildException>(() => PdfRenderer.RenderAsync(site, executable, TestContext.Current.CancellationToken));

        var message = Assert.Single(ex.Diagnostics).Message;
        Assert.Equal($"Chromium ({executable}) failed: it exited with code 127 before it listened for DevTools: error while loading shared libraries: libnss3.so", message);
    }

    [Fact]
    public async Task AChromiumThatCannotBeRun_IsNamed()
    {
        var executable = _temp.Combine("not-a-program");
        File.WriteAllText(executable, "not a program");
        var site = new KzEdition.Building.StagedSite(_temp.Path, new KzEdition.Configuration.EditionSettings(), []);

        var ex = await Assert.ThrowsAsync<KzEdition.Engine.BuildException>(() => PdfRenderer.RenderAsync(site, executable, TestContext.Current.CancellationToken));

        Assert.StartsWith($"Chromium ({executable}) failed: it could not be started", Assert.Single(ex.Diagnostics).Message, StringComparison.Ordinal);
    }

    /// <summary>A staged site of one print edition page (<paramref name="printPage"/>) and no article.</summary>
    private KzEdition.Building.StagedSite Site(string printPage)
    {
        Directory.CreateDirectory(_temp.Combine("site", "print"));
        File.WriteAllText(_temp.Combine("site", "print", "index.html"), printPage);
        File.WriteAllText(_temp.Combine("site", "edition.json"), """{"title":"Test","articles":[]}""");
        return new KzEdition.Building.StagedSite(_temp.Combine("site"), new KzEdition.Configuration.EditionSettings(), []);
    }

    private static void SkipWithoutChromium()
    {
        if (ChromiumExecutable.MissingReason() is { } reason)
        {
            Assert.Skip(reason);
        }
    }

    private static async Task<ChromiumBrowser> LaunchAsync()
    {
        SkipWithoutChromium();
        return await ChromiumBrowser.LaunchAsync(ChromiumExecutable.Path, ChromiumExecutable.Arguments, TestContext.Current.CancellationToken).WaitAsync(Patience, TestContext.Current.CancellationToken);
    }

    private RequestAnswer Serve(string url) =>
        url.StartsWith(Origin, StringComparison.Ordinal) && File.Exists(_temp.Combine(Uri.UnescapeDataString(url[Origin.Length..])))
            ? RequestAnswer.File(_temp.Combine(Uri.UnescapeDataString(url[Origin.Length..])))
            : RequestAnswer.Refuse;
}
