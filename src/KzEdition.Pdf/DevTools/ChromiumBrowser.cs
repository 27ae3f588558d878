using System.Text.Json.Nodes;

namespace KzEdition.Pdf.DevTools;

/// <summary>
/// Headless Chromium driven over the Chrome DevTools Protocol: the process
/// (<see cref="ChromiumProcess"/>) and its connection (<see cref="DevToolsConnection"/>). What the
/// <c>pdf</c> command needs of a browser and nothing more: browser contexts (each its own cookies,
/// cache and request handling), tabs in them, and printing. It replaced Playwright, which could not
/// run in the native build (it makes its protocol's objects by reflection) and brought a 135 MB
/// Node.js driver into the tool's package.
/// </summary>
internal sealed class ChromiumBrowser : IAsyncDisposable
{
    private readonly ChromiumProcess _process;
    private readonly DevToolsConnection _connection;
    private int _disposed;

    private ChromiumBrowser(ChromiumProcess process, DevToolsConnection connection)
    {
        _process = process;
        _connection = connection;
    }

    /// <summary>Starts <paramref name="executable"/> headless with <paramref name="arguments"/> and connects to it.</summary>
    /// <exception cref="DevToolsException">It could not be started, or exited, or could not be connected to.</exception>
    public static async Task<ChromiumBrowser> LaunchAsync(string executable, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var process = await ChromiumProcess.StartAsync(executable, arguments, cancellationToken);
        try
        {
            return new ChromiumBrowser(process, await DevToolsConnection.ConnectAsync(process.Endpoint, cancellationToken));
        }
        catch
        {
            process.Dispose();
            throw;
        }
    }

    /// <summary>A new browser context (Chromium's incognito-like profile): its tabs share nothing with another context's.</summary>
    public async Task<string> NewContextAsync(CancellationToken cancellationToken)
    {
        var created = await _connection.Browser.SendAsync("Target.createBrowserContext", new JsonObject { ["disposeOnDetach"] = true }, cancellationToken);
        return DevToolsAnswer.String(created, "Target.createBrowserContext", "browserContextId");
    }

    /// <summary>A new tab in the context <paramref name="browserContextId"/>, set up by <paramref name="options"/>.</summary>
    public Task<ChromiumTab> NewTabAsync(string browserContextId, TabOptions options, CancellationToken cancellationToken) =>
        ChromiumTab.OpenAsync(_connection, browserContextId, options, cancellationToken);

    /// <summary>Closes the connection and kills Chromium with its child processes; its profile folder is deleted.</summary>
    public async ValueTask DisposeAsync()
    {
        // Disposed by a cancellation and by its owner's using, perhaps at once: the first does it.
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        // Killed first: whatever waits on the connection then fails at once rather than on a browser
        // closing its tabs one by one.
        _process.Dispose();
        await _connection.DisposeAsync();
    }
}
