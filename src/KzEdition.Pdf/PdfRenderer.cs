using System.Diagnostics;
using KzEdition.Building;
using KzEdition.Engine;
using KzEdition.Site;
using Microsoft.Playwright;

namespace KzEdition.Pdf;

/// <summary>
/// Prints a built site to PDF with headless Chromium: the print edition
/// (<c>print/index.html</c>, laid out by Paged.js; printed once its script says the layout is
/// finished) to <c>print/&lt;edition-slug&gt;.pdf</c>, and every article page, with the site's print
/// styles, to <c>articles/&lt;slug&gt;/&lt;slug&gt;.pdf</c>. Nothing is served: the pages are
/// opened under a made-up http origin whose every request Playwright answers from the site's folder
/// (Paged.js fetches the stylesheets, which browsers refuse for <c>file://</c> pages), and any
/// request outside the site is refused.
/// </summary>
public static class PdfRenderer
{
    /// <summary>How long the print edition may take to lay itself out (Paged.js on the whole edition).</summary>
    public static TimeSpan LayoutTimeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>The origin the site's pages are opened under (<c>.invalid</c> never resolves).</summary>
    private const string Origin = "http://edition.kzedition.invalid/";

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
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            // Chromium or Playwright's driver failing outside a page (launch, a crash): said plainly.
            throw new BuildException(Diagnostic.Error($"Chromium ({executable}) failed: {ex.Message.Split('\n')[0]}"));
        }
    }

    private static async Task<PdfReport> RenderWithAsync(StagedSite site, string executable, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ChromiumExecutable.Arguments,
        });

        // Playwright's calls take no cancellation token: closing the browser ends whatever waits on it.
        await using var stop = cancellationToken.Register(() => _ = browser.CloseAsync());

        await using var context = await browser.NewContextAsync();
        await ServeFromAsync(context, site.Directory);
        var (editionInfo, articleInfos) = PdfDocumentInfo.FromManifest(await File.ReadAllTextAsync(Path.Combine(site.Directory, SitePaths.Manifest), cancellationToken));
        var files = new List<string>();
        var edition = Stopwatch.StartNew();
        var printPage = Path.Combine(site.Directory, SitePaths.PrintEdition);
        if (File.Exists(printPage))
        {
            // The article PDFs are cut from the print edition's own layout (its pages, page numbers,
            // running heads and the citation box on each article's first page), so they are printed
            // from the same laid-out page as the edition.
            var (page, articlePages) = await LayOutEditionAsync(context, SitePaths.PrintEdition, cancellationToken);
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
                await CloseAsync(page);
            }
        }

        edition.Stop();
        var articles = Stopwatch.StartNew();
        var size = PageSize.Of(site.Settings.PageSize);
        // Without a print edition (a theme with no print layout), each article page is printed with
        // the site's print styles. Article pages need no fetch from script, so they are opened from
        // disk: no request goes through the route handler (a round trip to .NET each), which made
        // them several times slower.
        await using var articleContext = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        // Nothing from the network: an article page loads only the site's own files, from disk.
        await articleContext.RouteAsync(url => !url.StartsWith("file:", StringComparison.Ordinal), route => route.AbortAsync());
        // A few tabs, each printing its share of the articles one after another: a new tab costs a
        // new renderer process.
        var slugs = site.ArticleSlugs;
        await Task.WhenAll(Enumerable.Range(0, Math.Min(Parallelism, slugs.Length)).Select(async lane =>
        {
            var page = await articleContext.NewPageAsync();
            try
            {
                for (var i = lane; i < slugs.Length; i += Parallelism)
                {
                    await PrintArticleAsync(page, site, slugs[i], size, articleInfos[slugs[i]], cancellationToken);
                }
            }
            finally
            {
                await CloseAsync(page);
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
    private static async Task<(IPage Page, IReadOnlyDictionary<string, string> ArticlePages)> LayOutEditionAsync(IBrowserContext context, string htmlPath, CancellationToken cancellationToken)
    {
        Dictionary<string, string>? known = null;
        for (var pass = 1; ; pass++)
        {
            var page = await context.NewPageAsync();
            try
            {
                if (known is not null)
                {
                    await page.AddInitScriptAsync("window.kzKnownArticlePages = " + System.Text.Json.JsonSerializer.Serialize(known) + ";");
                }

                await LayOutAsync(page, htmlPath, cancellationToken);
                var pages = await page.EvaluateAsync<Dictionary<string, string>>("() => window.kzArticlePages");
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
                await CloseAsync(page);
                throw;
            }

            await CloseAsync(page);
        }
    }

    /// <summary>Opens the print edition in <paramref name="page"/> and waits until print.js says Paged.js has laid it out.</summary>
    private static async Task LayOutAsync(IPage page, string htmlPath, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var failed = new TaskCompletionSource();
        void Fail(string message)
        {
            lock (errors)
            {
                errors.Add(message);
            }

            failed.TrySetResult();
        }

        page.PageError += (_, message) => Fail(message);
        // A file the page needs that is not in the site (a stylesheet Paged.js fetches, a font) would
        // otherwise leave the layout waiting until the timeout.
        page.RequestFailed += (_, request) => Fail($"{request.Url} could not be loaded ({request.Failure})");
        try
        {
            await page.GotoAsync(Origin + htmlPath, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            var ready = page.WaitForFunctionAsync("() => window.kzPrintReady === true", null, new PageWaitForFunctionOptions
            {
                Timeout = (float)LayoutTimeout.TotalMilliseconds,
                PollingInterval = 100,
            });
            if (await Task.WhenAny(ready, failed.Task) != ready)
            {
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
            catch (PlaywrightException) when (cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException(cancellationToken);
            }

            cancellationToken.ThrowIfCancellationRequested();
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw Failure(htmlPath, $"could not lay out the print edition: {ex.Message.Split('\n')[0]}", errors);
        }
    }

    /// <summary>
    /// Prints the laid-out print edition, whole or only <paramref name="pages"/> ("3-15": an
    /// article's pages, with the edition's page numbers and running heads).
    /// </summary>
    private static async Task PrintAsync(IPage page, string htmlPath, string? pages, string pdfPath, string? date, PdfDocumentInfo info, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            var bytes = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true, Outline = true, Tagged = true, PageRanges = pages });
            await WriteAsync(pdfPath, bytes, date, info, cancellationToken);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw Failure(htmlPath, $"could not print {(pages is null ? "the print edition" : "pages " + pages + " of the print edition")}: {ex.Message.Split('\n')[0]}", []);
        }
    }

    /// <summary>Closes a tab; a browser already closed (by cancellation, or a crash being reported) is not a second error.</summary>
    private static async Task CloseAsync(IPage page)
    {
        try
        {
            await page.CloseAsync();
        }
        catch (PlaywrightException)
        {
        }
    }

    /// <summary>
    /// The article page's links to the rest of the site as the PDF keeps them: the page is opened
    /// from disk, so Chromium would write each as a <c>file:</c> URI into the staging folder (a path
    /// of the build machine, different every run, so no two runs gave the same PDF). With the base
    /// URL known they point to the published site; without one they are unlinked, their text kept.
    /// Run in the page, whose scripts are off: Playwright's evaluation is not the page's script.
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
    private static async Task PrintArticleAsync(IPage page, StagedSite site, string slug, PageSize size, PdfDocumentInfo info, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var htmlPath = Path.Combine(site.Directory, SitePaths.ArticlePage(slug));
        var pdfPath = Path.Combine(site.Directory, SitePaths.ArticlePdf(slug));
        var date = site.Settings.Date;
        try
        {
            await page.GotoAsync(new Uri(htmlPath).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            await page.EvaluateAsync("() => document.fonts.ready.then(() => true)");
            var root = new Uri(Path.GetFullPath(site.Directory) + Path.DirectorySeparatorChar).AbsoluteUri;
            var baseUrl = site.Settings.BaseUrl is { Length: > 0 } b ? b.TrimEnd('/') + "/" : null;
            await page.EvaluateAsync(LinksOutOfTheFolder, new object?[] { root, baseUrl });
            const string Small = "font-family: 'PT Sans', sans-serif; font-size: 8px; color: #555; width: 100%; padding: 0 20mm;";
            var bytes = await page.PdfAsync(new PagePdfOptions
            {
                Width = size.Width,
                Height = size.Height,
                Margin = new Margin { Top = "20mm", Bottom = "20mm", Left = "22mm", Right = "22mm" },
                DisplayHeaderFooter = true,
                HeaderTemplate = $"<div style=\"{Small} text-align: right;\"><span class=\"title\"></span></div>",
                FooterTemplate = $"<div style=\"{Small} text-align: center;\"><span class=\"pageNumber\"></span> / <span class=\"totalPages\"></span></div>",
                PrintBackground = true,
                Outline = true,
                Tagged = true,
            });
            await WriteAsync(pdfPath, bytes, date, info, cancellationToken);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw Failure(htmlPath, $"could not print this page: {ex.Message.Split('\n')[0]}", []);
        }
    }

    /// <summary>Answers the context's requests from the site's folder; anything else is refused.</summary>
    private static async Task ServeFromAsync(IBrowserContext context, string siteDirectory)
    {
        var root = Path.GetFullPath(siteDirectory) + Path.DirectorySeparatorChar;
        await context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            var file = url.GetLeftPart(UriPartial.Authority) + "/" == Origin
                ? Path.GetFullPath(Path.Combine(root, Uri.UnescapeDataString(url.AbsolutePath.TrimStart('/'))))
                : null;
            if (file is not null && file.StartsWith(root, StringComparison.Ordinal) && File.Exists(file))
            {
                await route.FulfillAsync(new RouteFulfillOptions { Path = file });
            }
            else
            {
                await route.AbortAsync();
            }
        });
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
