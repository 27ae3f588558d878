using Microsoft.Playwright;

namespace KzEdition.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright, for the browser tests. Playwright's own browser download
/// is not used (it cannot be fetched here): the installed executable is launched, headless. A class
/// fixture (<c>IClassFixture&lt;Chromium&gt;</c>): the browser starts once, on the first
/// <see cref="BrowserAsync"/>, and serves every test of the class; a test asking for it is skipped
/// with <see cref="MissingReason"/> when Chromium is not installed.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    /// <summary>The environment variable naming another Chromium executable than Debian's.</summary>
    public const string Variable = "KZEDITION_CHROMIUM";

    private static readonly string[] Arguments =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

    private readonly SemaphoreSlim _gate = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary><c>$KZEDITION_CHROMIUM</c> when set, else Debian's <c>/usr/bin/chromium</c>.</summary>
    public static string ExecutablePath { get; } =
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Why the browser tests cannot run here, or null when Chromium is installed.</summary>
    public static string? MissingReason => File.Exists(ExecutablePath)
        ? null
        : $"Chromium not found at {ExecutablePath}: install it with `apt-get install chromium` (.ci/run does), "
          + $"or set {Variable} to a Chromium executable.";

    /// <summary>The browser, launched on first use; skips the calling test when Chromium is absent.</summary>
    public async Task<IBrowser> BrowserAsync()
    {
        if (MissingReason is { } reason)
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
                    ExecutablePath = ExecutablePath,
                    Headless = true,
                    Args = Arguments,
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
