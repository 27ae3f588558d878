using KzEdition.Pdf;
using Microsoft.Playwright;

namespace KzEdition.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright, for the browser tests: the executable and arguments the
/// <c>pdf</c> command uses (<see cref="ChromiumExecutable"/>: Debian's, or <c>$KZEDITION_CHROMIUM</c>;
/// Playwright's own browser download cannot be fetched here), launched headless. A class
/// fixture (<c>IClassFixture&lt;Chromium&gt;</c>): the browser starts once, on the first
/// <see cref="BrowserAsync"/>, and serves every test of the class; a test asking for it is skipped
/// with the reason when Chromium is not installed.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The browser, launched on first use; skips the calling test when Chromium is absent.</summary>
    public async Task<IBrowser> BrowserAsync()
    {
        if (ChromiumExecutable.MissingReason() is { } reason)
        {
            Assert.Skip(reason);
        }

        await _gate.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (_browser is null)
            {
                _playwright = await Playwright.CreateAsync();
                _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = ChromiumExecutable.Path,
                    Headless = true,
                    Args = ChromiumExecutable.Arguments,
                });
            }

            return _browser;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _gate.Dispose();
    }
}
