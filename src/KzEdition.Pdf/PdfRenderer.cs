using System.Diagnostics;
using System.Text.Json;
using KzEdition.Building;
using KzEdition.Engine;
using KzEdition.Pdf.DevTools;
using KzEdition.Site;

namespace KzEdition.Pdf;

/// <summary>
/// Prints a built site to PDF with headless Chromium, driven over the Chrome DevTools Protocol
/// (<see cref="ChromiumBrowser"/>): the print edition
/// (<c>print/index.html</c>, laid out by Paged.js; printed once its script says the layout is
/// finished) to <c>print/&lt;edition-slug&gt;.pdf</c>, and every article page, with the site's print
/// styles, to <c>articles/&lt;slug&gt;/&lt;slug&gt;.pdf</c>. Nothing is served: the pages are
/// opened under a made-up http origin whose every request is answered from the site's folder
/// (Paged.js fetches the stylesheets, which browsers refuse for <c>file://</c> pages), and any
/// request outside the site is refused.
/// </summary>
public static class PdfRenderer
{
    /// <summary>How long the print edition may take to lay itself out (Paged.js on the whole edition).</summary>
    public static TimeSpan LayoutTimeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>The origin the site's pages are opened under (<c>.invalid</c> never resolves).</summary>
    internal const string Origin = "http://edition.kzedition.invalid/";

    /// <summary>What the PDFs name as their Creator: the program and its version (without the commit it was built from).</summary>
    public static string Creator { get; } = "KzEdition " + (typeof(PdfRenderer).Assembly
        .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
        .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion.Split('+')[0] ?? "0");

    /// <summary>Article pages printed at once (one Chromium tab each).</summary>
    private const int Parallelism = 2;

    /// <param name="chromium">The Chromium executable; null for <see cref="ChromiumExecutable.Path"/>.</param>
    /// <exception cref="BuildException">Chromium is missing, fails, or a page cannot be printed: the message names the page.</exception>
    public static async Task<PdfReport> RenderAsync(StagedSite site, string? chromium = null, CancellationToken cancellationToken = default)
    {
        var executable = ChromiumExecutable.Require(chromium);
        try
        {
            return await RenderWithAsync(site, executable, cancellationToken);
        }
        catch (Exception ex) when (ex is DevToolsException or TimeoutException)
        {
            // Chromium failing outside a page (launch, a crash, the connection lost): said plainly.
            cancellationToken.ThrowIfCancellationRequested();
            throw new BuildException(Diagnostic.Error($"Chromium ({executable}) failed: {ex.Message.Split('\n')[0]}"));
        }
    }

    private static async Task<PdfReport> RenderWithAsync(StagedSite site, string executable, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        await using var browser = await ChromiumBrowser.LaunchAsync(executable, ChromiumExecutable.Arguments, cancellationToken);

        // Killing the browser ends at once whatever waits on it (a layout, a print).
        await using var stop = cancellationToken.Register(() => _ = browser.DisposeAsync().AsTask());

        var context = await browser.NewContextAsync(cancellationToken);
        var (editionInfo, articleInfos) = PdfDocumentInfo.FromManifest(await File.ReadAllTextAsync(Path.Combine(site.Directory, SitePaths.Manifest), cancellationToken));
        var files = new List<string>();
        var edition = Stopwatch.StartNew();
        var printPage = Path.Combine(site.Directory, SitePaths.PrintEdition);
        if (File.Exists(printPage))
        {
            // The article PDFs are cut from the print edition's own layout (its pages, page numbers,
            // running heads and the citation box on each article's first page), so they are printed
            // from the same laid-out page as the edition.
            var (page, articlePages) = await LayOutEditionAsync(browser, context, ServeFrom(site.Directory), SitePaths.PrintEdition, cancellationToken);
            try
            {
                var pdf = SitePaths.PrintPdf(site.Settings.Slug);
                await PrintAsync(page, SitePaths.PrintEdition, null, Path.Combine(site.Directory, pdf), site.Settings.Date, editionInfo, cancellationToken);
                files.Add(pdf);
                edition.Stop();
                var cut = Stopwatch.StartNew();
                foreach (var slug in site.ArticleSlugs)
                {
                    if (!articlePages.TryGetValue(KzEdition.Templating.PrintTemplateModel.ArticleId(slug), out var pages))
                    {
                        throw Failure(SitePaths.PrintEdition, $"the article {slug} is not on any page of the print edition", []);
                    }

                    await PrintAsync(page, SitePaths.PrintEdition, pages.Replace('\u2013', '-'), Path.Combine(site.Directory, SitePaths.ArticlePdf(slug)), site.Settings.Date, articleInfos[slug], cancellationToken);
                    files.Add(SitePaths.ArticlePdf(slug));
                }

                return new PdfReport(files, edition.Elapsed, cut.Elapsed, total.Elapsed);
            }
            finally
            {
                await page.DisposeAsync();
            }
        }

        edition.Stop();
        var articles = Stopwatch.StartNew();
        var size = PageSize.Of(site.Settings.PageSize);
        // Without a print edition (a theme with no print layout), each article page is printed with
        // the site's print styles. Article pages need no fetch from script, so they are opened from
        // disk: no file is read here and sent over DevTools (served through Playwright's route
        // handler, a round trip to .NET each, they were several times slower).
        var articleContext = await browser.NewContextAsync(cancellationToken);
        var articleTab = new TabOptions
        {
            JavaScriptEnabled = false,
            // Nothing from the network: an article page loads only the site's own files, from disk.
            Answer = url => url.StartsWith("file:", StringComparison.Ordinal) ? RequestAnswer.Continue : RequestAnswer.Refuse,
        };
        // A few tabs, each printing its share of the articles one after another: a new tab costs a
        // new renderer process.
        var slugs = site.ArticleSlugs;
        await Task.WhenAll(Enumerable.Range(0, Math.Min(Parallelism, slugs.Length)).Select(async lane =>
        {
            await using var page = await browser.NewTabAsync(articleContext, articleTab, cancellationToken);
            for (var i = lane; i < slugs.Length; i += Parallelism)
            {
                await PrintArticleAsync(page, site, slugs[i], size, articleInfos[slugs[i]], cancellationToken);
            }
        }));
        cancellationToken.ThrowIfCancellationRequested();
        files.AddRange(site.ArticleSlugs.Select(SitePaths.ArticlePdf));
        return new PdfReport(files, edition.Elapsed, articles.Elapsed, total.Elapsed);
    }

    /// <summary>How many times the print edition may be laid out before its articles' pages must have settled.</summary>
    private const int LayoutPasses = 3;

    /// <summary>
    /// Lays the print edition out (Paged.js) and returns the laid-out page with the pages each
    /// article takes, by its print id. Each article's first page cites it with those pages, which
    /// are known only after the layout; so it is laid out again with the first layout's pages
    /// written in from the start, until a layout gives the pages it was given (the second, unless
    /// writing the pages moved a line to another page).
    /// </summary>
    private static async Task<(ChromiumTab Page, IReadOnlyDictionary<string, string> ArticlePages)> LayOutEditionAsync(ChromiumBrowser browser, string context, Func<string, RequestAnswer> serve, string htmlPath, CancellationToken cancellationToken)
    {
        Dictionary<string, string>? known = null;
        for (var pass = 1; ; pass++)
        {
            var page = await browser.NewTabAsync(context, new TabOptions
            {
                Answer = serve,
                InitScript = known is null ? null : "window.kzKnownArticlePages = " + JsonSerializer.Serialize(known, DevToolsJson.Default.DictionaryStringString) + ";",
            }, cancellationToken);
            try
            {
                await LayOutAsync(page, htmlPath, cancellationToken);
                var pages = await ArticlePagesAsync(page, htmlPath, cancellationToken);
                // Settled: this layout, given the last one's pages, gave every article the same pages.
                if (known is not null && known.Count == pages.Count && known.All(k => pages.TryGetValue(k.Key, out var p) && p == k.Value))
                {
                    return (page, pages);
                }

                if (pass == LayoutPasses)
                {
                    throw Failure(htmlPath, $"the articles' pages did not settle after {LayoutPasses} layouts (the citations' page numbers kept moving the text)", []);
                }

                known = pages;
            }
            catch
            {
                await page.DisposeAsync();
                throw;
            }

            await page.DisposeAsync();
        }
    }

    /// <summary>The pages each article takes in the laid-out edition, by its print id, as print.js wrote them.</summary>
    private static async Task<Dictionary<string, string>> ArticlePagesAsync(ChromiumTab page, string htmlPath, CancellationToken cancellationToken)
    {
        try
        {
            var pages = await page.EvaluateAsync("window.kzArticlePages", cancellationToken);
            return pages.ValueKind == JsonValueKind.Object
                ? pages.Deserialize(DevToolsJson.Default.DictionaryStringString)!
                : throw Failure(htmlPath, "the print edition's layout gave no article pages (window.kzArticlePages)", []);
        }
        catch (Exception ex) when (ex is DevToolsException or JsonException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw Failure(htmlPath, $"could not read the articles' pages: {ex.Message.Split('\n')[0]}", []);
        }
    }

    /// <summary>Opens the print edition in <paramref name="page"/> and waits until print.js says Paged.js has laid it out.</summary>
    private static async Task LayOutAsync(ChromiumTab page, string htmlPath, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var failed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Fail(string message)
        {
            lock (errors)
            {
                errors.Add(message);
            }

            failed.TrySetResult();
        }

        page.PageError += Fail;
        // A file the page needs that is not in the site (a stylesheet Paged.js fetches, a font) would
        // otherwise leave the layout waiting until the timeout.
        page.RequestFailed += (url, error) => Fail($"{url} could not be loaded ({error})");
        try
        {
            await page.NavigateAsync(Origin + htmlPath, cancellationToken);
            // Stopped once the layout has failed: it would otherwise go on asking the page until the timeout.
            using var polling = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var ready = page.WaitForAsync("window.kzPrintReady === true", TimeSpan.FromMilliseconds(100), LayoutTimeout, polling.Token);
            if (await Task.WhenAny(ready, failed.Task) != ready)
            {
                await polling.CancelAsync();
                // Observed, so that its end (cancelled) is no unobserved exception.
                _ = ready.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
                cancellationToken.ThrowIfCancellationRequested();
                throw Failure(htmlPath, "the print edition's layout failed", errors);
            }

            try
            {
                await ready;
            }
            catch (TimeoutException)
            {
                throw Failure(htmlPath, $"the print edition did not finish its layout within {LayoutTimeout.TotalSeconds:0} s", errors);
            }
            catch (DevToolsException) when (cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException(cancellationToken);
            }

            cancellationToken.ThrowIfCancellationRequested();
        }
        catch (Exception ex) when (ex is DevToolsException or TimeoutException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw Failure(htmlPath, $"could not lay out the print edition: {ex.Message.Split('\n')[0]}", errors);
        }
    }

    /// <summary>
    /// Prints the laid-out print edition, whole or only <paramref name="pages"/> ("3-15": an
    /// article's pages, with the edition's page numbers and running heads).
    /// </summary>
    private static async Task PrintAsync(ChromiumTab page, string htmlPath, string? pages, string pdfPath, string? date, PdfDocumentInfo info, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            var bytes = await page.PrintToPdfAsync(new PrintOptions { PreferCssPageSize = true, PrintBackground = true, Outline = true, Tagged = true, PageRanges = pages }, cancellationToken);
            await WriteAsync(pdfPath, bytes, date, info, cancellationToken);
        }
        catch (Exception ex) when (ex is DevToolsException or TimeoutException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw Failure(htmlPath, $"could not print {(pages is null ? "the print edition" : "pages " + pages + " of the print edition")}: {ex.Message.Split('\n')[0]}", []);
        }
    }

    /// <summary>
    /// The article page's links to the rest of the site as the PDF keeps them: the page is opened
    /// from disk, so Chromium would write each as a <c>file:</c> URI into the staging folder (a path
    /// of the build machine, different every run, so no two runs gave the same PDF). With the base
    /// URL known they point to the published site; without one they are unlinked, their text kept.
    /// Run in the page, whose scripts are off: an evaluation over DevTools is not the page's script.
    /// </summary>
    private const string LinksOutOfTheFolder = """
        ([root, base]) => {
          for (const link of document.querySelectorAll("a[href]")) {
            if (!link.href.startsWith("file:")) continue;
            const url = new URL(link.href);
            if (url.pathname === location.pathname) continue; // a link within the page stays a link within the PDF
            if (base && link.href.startsWith(root)) {
              link.href = base + link.href.slice(root.length).replace(/(^|\/)index\.html(?=$|#)/, "$1");
            } else {
              link.removeAttribute("href");
            }
          }
        }
        """;

    /// <summary>An article page with the site's print styles; running head and page numbers from Chromium's header and footer.</summary>
    private static async Task PrintArticleAsync(ChromiumTab page, StagedSite site, string slug, PageSize size, PdfDocumentInfo info, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var htmlPath = Path.Combine(site.Directory, SitePaths.ArticlePage(slug));
        var pdfPath = Path.Combine(site.Directory, SitePaths.ArticlePdf(slug));
        var date = site.Settings.Date;
        try
        {
            await page.NavigateAsync(new Uri(htmlPath).AbsoluteUri, cancellationToken);
            await page.EvaluateAsync("document.fonts.ready.then(() => true)", cancellationToken);
            var root = new Uri(Path.GetFullPath(site.Directory) + Path.DirectorySeparatorChar).AbsoluteUri;
            var baseUrl = site.Settings.BaseUrl is { Length: > 0 } b ? b.TrimEnd('/') + "/" : null;
            await page.CallAsync(LinksOutOfTheFolder, [root, baseUrl], cancellationToken);
            const string Small = "font-family: 'PT Sans', sans-serif; font-size: 8px; color: #555; width: 100%; padding: 0 20mm;";
            var bytes = await page.PrintToPdfAsync(new PrintOptions
            {
                Width = size.Width,
                Height = size.Height,
                MarginTop = "20mm",
                MarginBottom = "20mm",
                MarginLeft = "22mm",
                MarginRight = "22mm",
                DisplayHeaderFooter = true,
                HeaderTemplate = $"<div style=\"{Small} text-align: right;\"><span class=\"title\"></span></div>",
                FooterTemplate = $"<div style=\"{Small} text-align: center;\"><span class=\"pageNumber\"></span> / <span class=\"totalPages\"></span></div>",
                PrintBackground = true,
                Outline = true,
                Tagged = true,
            }, cancellationToken);
            await WriteAsync(pdfPath, bytes, date, info, cancellationToken);
        }
        catch (Exception ex) when (ex is DevToolsException or TimeoutException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw Failure(htmlPath, $"could not print this page: {ex.Message.Split('\n')[0]}", []);
        }
    }

    /// <summary>
    /// Answers the edition's requests from the site's folder; anything else is refused. Asked on the
    /// DevTools connection's reading loop, so it refuses rather than throws: a path no file can have
    /// (a NUL, <c>%00</c>) or out of the folder however it is spelled (<c>%2e%2e/</c>, <c>%2f</c>).
    /// </summary>
    internal static Func<string, RequestAnswer> ServeFrom(string siteDirectory)
    {
        var root = Path.GetFullPath(siteDirectory) + Path.DirectorySeparatorChar;
        return requested => SiteFile(root, requested) is { } file ? RequestAnswer.File(file) : RequestAnswer.Refuse;
    }

    /// <summary>The file of the site folder <paramref name="root"/> that <paramref name="requested"/> names; null for anything else.</summary>
    private static string? SiteFile(string root, string requested)
    {
        if (!Uri.TryCreate(requested, UriKind.Absolute, out var url) || url.GetLeftPart(UriPartial.Authority) + "/" != Origin)
        {
            return null;
        }

        var path = Uri.UnescapeDataString(url.AbsolutePath.TrimStart('/'));
        if (path.Any(char.IsControl))
        {
            return null;
        }

        string file;
        try
        {
            file = Path.GetFullPath(Path.Combine(root, path));
        }
        catch (Exception ex) when (ex is ArgumentException or PathTooLongException or NotSupportedException)
        {
            return null;
        }

        return file.StartsWith(root, StringComparison.Ordinal) && File.Exists(file) ? file : null;
    }

    private static async Task WriteAsync(string path, byte[] bytes, string? date, PdfDocumentInfo info, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, PdfInfoUpdate.Apply(PdfDates.Fix(bytes, date), info, Creator, date), cancellationToken);
    }

    private static BuildException Failure(string htmlPath, string message, List<string> scriptErrors)
    {
        lock (scriptErrors)
        {
            return new(Diagnostic.Error(
                scriptErrors.Count == 0 ? message : $"{message}: {string.Join("; ", scriptErrors.Take(3))}",
                htmlPath));
        }
    }
}
