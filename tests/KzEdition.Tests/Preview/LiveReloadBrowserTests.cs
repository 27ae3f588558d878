using System.Text;
using KzEdition.Tests.Support;
using Microsoft.Playwright;

namespace KzEdition.Tests.Preview;

/// <summary>
/// The live reload in a real browser (headless Chromium): a page served by the preview reloads by
/// itself when its article is edited and shows the new text; a broken template puts the errors
/// over it, and fixing it takes them away; a restarted preview makes it reload. Skipped, saying
/// why, where Chromium is not installed.
/// </summary>
public sealed class LiveReloadBrowserTests(Chromium chromium) : IClassFixture<Chromium>
{
    private static readonly float Patience = (float)RunningPreview.Patience.TotalMilliseconds;

    // Set on the page's window: gone after a reload, kept by any in-place update.
    private const string MarkThePage = "() => { window.kzeditionTestMark = 'not reloaded'; }";

    private const string PageWasReloaded = "() => window.kzeditionTestMark === undefined";

    private static CancellationToken Cancelled => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnOpenArticle_ReloadsByItself_WithTheEditedText()
    {
        var browser = await chromium.BrowserAsync();
        await using var preview = new RunningPreview();
        await preview.ImportArticlesAsync(Cancelled);
        var article = Directory.EnumerateFiles(Path.Combine(preview.Input, "articles"), "*.md").Order(StringComparer.Ordinal).First();
        await preview.StartAsync(Cancelled);
        var tab = await OpenAsync(browser, preview, $"articles/{Path.GetFileNameWithoutExtension(article)}/");

        const string Correction = "Редактор қолмен түзеткен сөйлем 9e2d.";
        Assert.DoesNotContain(Correction, await tab.ContentAsync(), StringComparison.Ordinal);
        await File.AppendAllTextAsync(article, $"\n{Correction}\n", new UTF8Encoding(false), Cancelled);

        await WaitForReloadAsync(tab);
        await tab.GetByText(Correction).WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
    }

    [Fact]
    public async Task ABrokenTemplate_ShowsItsErrorsOverThePage_AndTheFixTakesThemAway()
    {
        var browser = await chromium.BrowserAsync();
        await using var preview = new RunningPreview();
        await preview.StartAsync(Cancelled);
        var tab = await OpenAsync(browser, preview, "");
        var layout = Path.Combine(preview.Theme, "layouts", "home.html");
        var original = await File.ReadAllTextAsync(layout, Cancelled);

        await File.WriteAllTextAsync(layout, "{{ if }}\n" + original, Cancelled);

        // Playwright's CSS selectors reach into the overlay's shadow root.
        var where = tab.Locator("kzedition-preview-errors li code").First;
        await where.WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
        Assert.EndsWith("theme/layouts/home.html:1:7", await where.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("template error:", await tab.Locator("kzedition-preview-errors li .message").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.False(await tab.EvaluateAsync<bool>(PageWasReloaded), "an error shows over the page; it does not reload it");

        // A page opened while the build is broken shows the errors as well.
        var late = await browser.NewPageAsync();
        await late.GotoAsync(preview.Url.AbsoluteUri);
        await late.Locator("kzedition-preview-errors li").First.WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
        await late.CloseAsync();

        await File.WriteAllTextAsync(layout, original, Cancelled);
        await WaitForReloadAsync(tab);
        await tab.WaitForLoadStateAsync(LoadState.Load);

        Assert.Equal(0, await tab.Locator("kzedition-preview-errors").CountAsync());
    }

    [Fact]
    public async Task APreviewStartedAgain_ReloadsTheOpenPages()
    {
        var browser = await chromium.BrowserAsync();
        await using var preview = new RunningPreview();
        await preview.StartAsync(Cancelled);
        var port = preview.Url.Port;
        var tab = await OpenAsync(browser, preview, "");

        await preview.StopAsync();
        await preview.StartAsync(Cancelled, port);

        await WaitForReloadAsync(tab);
    }

    /// <summary>Waits until the page has been loaded anew, by its script (the test never reloads it).</summary>
    private static async Task WaitForReloadAsync(IPage tab)
    {
        var deadline = DateTime.UtcNow + RunningPreview.Patience;
        while (true)
        {
            try
            {
                if (await tab.EvaluateAsync<bool>(PageWasReloaded))
                {
                    return;
                }
            }
            catch (PlaywrightException)
            {
                // Asked in the middle of the reload: the old page's context is gone.
            }

            Assert.True(DateTime.UtcNow < deadline, "the page did not reload");
            await Task.Delay(50, Cancelled);
        }
    }

    /// <summary>Opens a page of the preview and waits until its script listens to the server.</summary>
    private static async Task<IPage> OpenAsync(IBrowser browser, RunningPreview preview, string path)
    {
        var tab = await browser.NewPageAsync();
        await tab.GotoAsync(new Uri(preview.Url, path).AbsoluteUri);
        await tab.EvaluateAsync(MarkThePage);
        var deadline = DateTime.UtcNow + RunningPreview.Patience;
        while (preview.Server.Hub.ClientCount == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the page's script never connected to the event stream");
            await Task.Delay(20, Cancelled);
        }

        return tab;
    }
}
