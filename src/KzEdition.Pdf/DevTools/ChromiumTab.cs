using System.Text.Json;
using System.Text.Json.Nodes;
using KzEdition.Site;

namespace KzEdition.Pdf.DevTools;

/// <summary>
/// A tab (a page target) in a browser context, attached over DevTools, set up as Playwright 1.64
/// set up a new page so that the layout, and so the PDFs, stayed what they were when it was
/// replaced: a 1280 × 720 viewport at scale 1, focus emulated (the page behaves as the focused
/// window), Playwright's default font families for Linux, no media emulation.
/// </summary>
internal sealed class ChromiumTab : IAsyncDisposable
{
    /// <summary>How long a page may take to load (its load event), as Playwright's default navigation timeout.</summary>
    private static readonly TimeSpan NavigationTimeout = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(10);

    private readonly DevToolsConnection _connection;
    private readonly DevToolsSession _session;
    private readonly string _targetId;
    private readonly TabOptions _options;
    private readonly Dictionary<string, string> _requestUrls = new(StringComparer.Ordinal);
    private TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _closed;

    private ChromiumTab(DevToolsConnection connection, DevToolsSession session, string targetId, TabOptions options)
    {
        _connection = connection;
        _session = session;
        _targetId = targetId;
        _options = options;
        session.EventReceived += OnEvent;
        // A crash, or the browser gone, ends a wait for the load event too.
        session.Ended += reason => _loaded.TrySetException(new DevToolsException(reason));
    }

    /// <summary>A script of the page threw and nothing caught it: the error's name and message.</summary>
    public event Action<string>? PageError;

    /// <summary>A request failed (refused, or the file is missing): its URL and Chromium's error (<c>net::ERR_FAILED</c>).</summary>
    public event Action<string, string>? RequestFailed;

    /// <summary>Opens a blank tab in <paramref name="browserContextId"/> and sets it up; nothing is loaded yet.</summary>
    public static async Task<ChromiumTab> OpenAsync(DevToolsConnection connection, string browserContextId, TabOptions options, CancellationToken cancellationToken)
    {
        var target = await connection.Browser.SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank", ["browserContextId"] = browserContextId }, cancellationToken);
        var targetId = DevToolsAnswer.String(target, "Target.createTarget", "targetId");
        var attached = await connection.Browser.SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = targetId, ["flatten"] = true }, cancellationToken);
        var tab = new ChromiumTab(connection, connection.Session(DevToolsAnswer.String(attached, "Target.attachToTarget", "sessionId")), targetId, options);
        try
        {
            await tab.SetUpAsync(cancellationToken);
        }
        catch
        {
            await tab.DisposeAsync();
            throw;
        }

        return tab;
    }

    private async Task SetUpAsync(CancellationToken cancellationToken)
    {
        var session = _session;
        var setUp = new List<Task>
        {
            session.SendAsync("Page.enable", null, cancellationToken),
            session.SendAsync("Runtime.enable", null, cancellationToken),
            session.SendAsync("Network.enable", null, cancellationToken),
            session.SendAsync("Emulation.setFocusEmulationEnabled", new JsonObject { ["enabled"] = true }, cancellationToken),
            session.SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject
            {
                ["mobile"] = false,
                ["width"] = 1280,
                ["height"] = 720,
                ["screenWidth"] = 1280,
                ["screenHeight"] = 720,
                ["deviceScaleFactor"] = 1,
                ["screenOrientation"] = new JsonObject { ["angle"] = 0, ["type"] = "landscapePrimary" },
            }, cancellationToken),
            // Playwright's default families for Linux (defaultFontFamilies.ts), given in headless
            // mode: what "serif" or "sans-serif" falls back to, in the header and footer too.
            session.SendAsync("Page.setFontFamilies", new JsonObject
            {
                ["fontFamilies"] = new JsonObject
                {
                    ["standard"] = "Times New Roman",
                    ["fixed"] = "Monospace",
                    ["serif"] = "Times New Roman",
                    ["sansSerif"] = "Arial",
                    ["cursive"] = "Comic Sans MS",
                    ["fantasy"] = "Impact",
                },
            }, cancellationToken),
        };
        if (!_options.JavaScriptEnabled)
        {
            setUp.Add(session.SendAsync("Emulation.setScriptExecutionDisabled", new JsonObject { ["value"] = true }, cancellationToken));
        }

        if (_options.Answer is not null)
        {
            // Every request stops at the Fetch domain until it is answered (OnRequestPaused); the
            // cache is off, so that each is asked for.
            setUp.Add(session.SendAsync("Network.setCacheDisabled", new JsonObject { ["cacheDisabled"] = true }, cancellationToken));
            setUp.Add(session.SendAsync("Fetch.enable", new JsonObject
            {
                ["patterns"] = new JsonArray(new JsonObject { ["urlPattern"] = "*", ["requestStage"] = "Request" }),
            }, cancellationToken));
        }

        if (_options.InitScript is { } script)
        {
            setUp.Add(session.SendAsync("Page.addScriptToEvaluateOnNewDocument", new JsonObject { ["source"] = script, ["runImmediately"] = true }, cancellationToken));
        }

        await Task.WhenAll(setUp);
        try
        {
            // The window as large as the viewport, as Playwright made it; a headless build without
            // windows answers with an error, which changes nothing.
            var window = await session.SendAsync("Browser.getWindowForTarget", null, cancellationToken);
            await session.SendAsync("Browser.setWindowBounds", new JsonObject
            {
                ["windowId"] = DevToolsAnswer.Property(window, "Browser.getWindowForTarget", "windowId").GetInt32(),
                ["bounds"] = new JsonObject { ["width"] = 1280, ["height"] = 720 },
            }, cancellationToken);
        }
        catch (DevToolsException) when (_session.ClosedReason is null)
        {
        }
    }

    /// <summary>Opens <paramref name="url"/> and waits for its load event (its stylesheets, scripts, fonts and images loaded).</summary>
    /// <exception cref="DevToolsException">The page could not be opened (<c>net::ERR_…</c>).</exception>
    /// <exception cref="TimeoutException">It did not load within <see cref="NavigationTimeout"/>.</exception>
    public async Task NavigateAsync(string url, CancellationToken cancellationToken)
    {
        try
        {
            // One bound for both: a browser that does not answer the navigation is as stuck as a page that does not load.
            await NavigateAndLoadAsync(url, cancellationToken).WaitAsync(NavigationTimeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Timeout {NavigationTimeout.TotalMilliseconds:0}ms exceeded while loading {url}");
        }
    }

    private async Task NavigateAndLoadAsync(string url, CancellationToken cancellationToken)
    {
        var loaded = _loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var navigated = await _session.SendAsync("Page.navigate", new JsonObject { ["url"] = url }, cancellationToken);
        if (navigated.TryGetProperty("errorText", out var error) && error.GetString() is { Length: > 0 } text)
        {
            throw new DevToolsException($"{text} at {url}");
        }

        while (true)
        {
            await loaded.Task.WaitAsync(cancellationToken);
            // A load event says not which page loaded: about:blank's, the tab's first page, may come
            // after this navigation began. The page is asked; a load event from here on is waited
            // for anew, so that one coming while it is asked is not lost.
            loaded = _loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (await HasLoadedAsync(url, cancellationToken))
            {
                return;
            }
        }
    }

    /// <summary>Whether the tab's document is <paramref name="url"/> (as the browser writes it) and has loaded.</summary>
    private async Task<bool> HasLoadedAsync(string url, CancellationToken cancellationToken)
    {
        try
        {
            return (await CallAsync("""([url]) => document.readyState === "complete" && location.href === new URL(url).href""", [url], cancellationToken)).ValueKind == JsonValueKind.True;
        }
        catch (DevToolsException) when (_session.ClosedReason is null)
        {
            // Asked while the old document gave way to the new one ("Execution context was
            // destroyed"): not loaded yet; its load event is still to come.
            return false;
        }
    }

    /// <summary>
    /// Evaluates a JavaScript expression in the page (a promise is awaited) and returns its value as
    /// JSON; <c>undefined</c> is an undefined element. It runs where the page's own scripts are
    /// turned off too: DevTools' evaluation is not the page's script.
    /// </summary>
    /// <exception cref="DevToolsException">The expression threw: its error's name and message.</exception>
    public async Task<JsonElement> EvaluateAsync(string expression, CancellationToken cancellationToken)
    {
        var evaluated = await _session.SendAsync("Runtime.evaluate", new JsonObject
        {
            ["expression"] = expression,
            ["returnByValue"] = true,
            ["awaitPromise"] = true,
        }, cancellationToken);
        if (evaluated.TryGetProperty("exceptionDetails", out var details))
        {
            throw new DevToolsException("Evaluation failed: " + ErrorMessage(details));
        }

        return DevToolsAnswer.Property(evaluated, "Runtime.evaluate", "result").TryGetProperty("value", out var value) ? value : default;
    }

    /// <summary>
    /// Calls the JavaScript function <paramref name="function"/> with one argument, the array
    /// <paramref name="argument"/> (written into the call as JSON), as Playwright's
    /// <c>EvaluateAsync(function, arg)</c> did: <c>([a, b]) =&gt; …</c> takes it apart.
    /// </summary>
    public Task<JsonElement> CallAsync(string function, string?[] argument, CancellationToken cancellationToken) =>
        EvaluateAsync($"({function})({JsonSerializer.Serialize(argument, DevToolsJson.Default.StringArray)})", cancellationToken);

    /// <summary>Evaluates <paramref name="predicate"/> (an expression) every <paramref name="interval"/> until it is <c>true</c>.</summary>
    /// <exception cref="TimeoutException">It was not true within <paramref name="timeout"/>.</exception>
    public async Task WaitForAsync(string predicate, TimeSpan interval, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            // Each evaluation bounded too: a page whose thread never lets go (a script in a loop)
            // never answers one.
            var remaining = deadline - DateTime.UtcNow;
            JsonElement value;
            try
            {
                value = remaining > TimeSpan.Zero
                    ? await EvaluateAsync(predicate, cancellationToken).WaitAsync(remaining, cancellationToken)
                    : throw new TimeoutException();
            }
            catch (TimeoutException)
            {
                throw new TimeoutException($"Timeout {timeout.TotalMilliseconds:0}ms exceeded waiting for {predicate}");
            }

            if (value.ValueKind == JsonValueKind.True)
            {
                return;
            }

            await Task.Delay(interval, cancellationToken);
        }
    }

    /// <summary>Prints the page to PDF (<c>Page.printToPDF</c>, read back in chunks with <c>IO.read</c>).</summary>
    public async Task<byte[]> PrintToPdfAsync(PrintOptions options, CancellationToken cancellationToken)
    {
        var printed = await _session.SendAsync("Page.printToPDF", options.ToParameters(), cancellationToken);
        var stream = DevToolsAnswer.String(printed, "Page.printToPDF", "stream");
        using var pdf = new MemoryStream();
        try
        {
            while (true)
            {
                var chunk = await _session.SendAsync("IO.read", new JsonObject { ["handle"] = stream }, cancellationToken);
                var data = DevToolsAnswer.String(chunk, "IO.read", "data");
                var bytes = chunk.TryGetProperty("base64Encoded", out var encoded) && encoded.GetBoolean()
                    ? Convert.FromBase64String(data)
                    : System.Text.Encoding.UTF8.GetBytes(data);
                pdf.Write(bytes);
                if (chunk.TryGetProperty("eof", out var eof) && eof.GetBoolean())
                {
                    break;
                }
            }
        }
        finally
        {
            await CloseStreamAsync(stream);
        }

        return pdf.ToArray();
    }

    /// <summary>
    /// Lets Chromium free a printed PDF's stream, read or not (a failed read leaves it held until
    /// the tab closes); best effort, not cancelled: a failure here is no failure of the print.
    /// </summary>
    private Task CloseStreamAsync(string stream) =>
        SendQuietlyAsync(_session, "IO.close", new JsonObject { ["handle"] = stream }, CloseTimeout);

    /// <summary>Closes the tab; a browser already gone (cancelled, crashed) is not a second error.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        _session.EventReceived -= OnEvent;
        // Bounded: a browser that no longer answers is killed by its owner anyway.
        await SendQuietlyAsync(_connection.Browser, "Target.closeTarget", new JsonObject { ["targetId"] = _targetId }, CloseTimeout);
    }

    /// <summary>On the connection's reading loop: nothing here waits for Chromium.</summary>
    private void OnEvent(string method, JsonElement parameters)
    {
        switch (method)
        {
            case "Page.loadEventFired":
                _loaded.TrySetResult();
                break;
            case "Runtime.exceptionThrown":
                PageError?.Invoke(ErrorMessage(parameters.GetProperty("exceptionDetails")));
                break;
            case "Network.requestWillBeSent":
                lock (_requestUrls)
                {
                    _requestUrls[parameters.GetProperty("requestId").GetString()!] = parameters.GetProperty("request").GetProperty("url").GetString()!;
                }

                break;
            case "Network.loadingFailed":
                string? failedUrl;
                lock (_requestUrls)
                {
                    _requestUrls.Remove(parameters.GetProperty("requestId").GetString()!, out failedUrl);
                }

                if (failedUrl is null || !IsFavicon(failedUrl))
                {
                    RequestFailed?.Invoke(failedUrl ?? "(a request)", parameters.GetProperty("errorText").GetString() ?? "");
                }

                break;
            case "Network.loadingFinished":
                lock (_requestUrls)
                {
                    _requestUrls.Remove(parameters.GetProperty("requestId").GetString()!);
                }

                break;
            case "Fetch.requestPaused":
                RequestAnswer answer;
                try
                {
                    var url = parameters.GetProperty("request").GetProperty("url").GetString()!;
                    // Not a page's request (no network id): let through, as Playwright did. The
                    // browser's own request for the tab's icon is refused, and no page hears of it.
                    answer = !parameters.TryGetProperty("networkId", out _) ? RequestAnswer.Continue
                        : IsFavicon(url) ? RequestAnswer.Abort
                        : _options.Answer?.Invoke(url) ?? RequestAnswer.Continue;
                }
                catch (Exception)
                {
                    // Answered all the same: a request left paused would hold the page's load (and
                    // the layout waiting on it) until the timeout. Refused, as a request outside the site is.
                    answer = RequestAnswer.Refuse;
                }

                _ = AnswerAsync(parameters.GetProperty("requestId").GetString()!, answer);
                break;
            case "Page.javascriptDialogOpening":
                // An alert() or confirm() would stop the page, and every evaluation, until it is
                // closed: dismissed, as Playwright did with a dialog nobody listened for.
                _ = SendQuietlyAsync(_session, "Page.handleJavaScriptDialog", new JsonObject { ["accept"] = false });
                break;
        }
    }

    /// <summary>Answers a request stopped by the Fetch domain as <see cref="TabOptions.Answer"/> says.</summary>
    private async Task AnswerAsync(string requestId, RequestAnswer answer)
    {
        try
        {
            switch (answer)
            {
                case RequestAnswer.FileAnswer file:
                    var body = await File.ReadAllBytesAsync(file.Path);
                    await _session.SendAsync("Fetch.fulfillRequest", new JsonObject
                    {
                        ["requestId"] = requestId,
                        ["responseCode"] = 200,
                        ["responsePhrase"] = "OK",
                        ["responseHeaders"] = new JsonArray(
                            new JsonObject { ["name"] = "content-type", ["value"] = ContentTypes.For(file.Path) },
                            new JsonObject { ["name"] = "content-length", ["value"] = body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
                        ["body"] = Convert.ToBase64String(body),
                    });
                    break;
                case RequestAnswer.RefuseAnswer refused:
                    await _session.SendAsync("Fetch.failRequest", new JsonObject { ["requestId"] = requestId, ["errorReason"] = refused.Reason });
                    break;
                default:
                    await _session.SendAsync("Fetch.continueRequest", new JsonObject { ["requestId"] = requestId });
                    break;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await SendQuietlyAsync(_session, "Fetch.failRequest", new JsonObject { ["requestId"] = requestId, ["errorReason"] = "Failed" });
        }
        catch (DevToolsException)
        {
            // The tab closed, or the request was cancelled, while it was being answered.
        }
    }

    /// <summary>
    /// Sends a command whose failure is no one's: the tab or the browser is gone already, the dialog
    /// closed, the request cancelled. With <paramref name="bound"/>, no longer waited for after it.
    /// </summary>
    private static async Task SendQuietlyAsync(DevToolsSession session, string method, JsonObject parameters, TimeSpan? bound = null)
    {
        try
        {
            var sent = session.SendAsync(method, parameters);
            await (bound is { } limit ? sent.WaitAsync(limit) : sent);
        }
        catch (Exception ex) when (ex is DevToolsException or TimeoutException)
        {
        }
    }

    /// <summary>The icon Chromium asks for on its own for a tab with a window (a site's <c>/favicon.ico</c>).</summary>
    private static bool IsFavicon(string url) => url.EndsWith("/favicon.ico", StringComparison.Ordinal);

    /// <summary>An uncaught error as a reader wants it: "TypeError: x is not a function" (the stack left out).</summary>
    internal static string ErrorMessage(JsonElement details)
    {
        if (details.TryGetProperty("exception", out var exception))
        {
            if (exception.TryGetProperty("description", out var description) && description.GetString() is { Length: > 0 } text)
            {
                var stack = text.IndexOf("\n    at ", StringComparison.Ordinal);
                return stack < 0 ? text : text[..stack];
            }

            if (exception.TryGetProperty("value", out var value))
            {
                return value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
            }
        }

        return details.TryGetProperty("text", out var summary) ? summary.GetString() ?? "" : "";
    }
}
