using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KzEdition.Pdf.DevTools;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Printing;

/// <summary>
/// The DevTools client's connection against a fake Chromium on the other end of a loopback
/// WebSocket: answers find their command whatever their order, a message split into frames is read
/// whole, events reach the session (tab) they name, and what ends a session or the connection fails
/// the commands that wait on it rather than leaving them waiting.
/// </summary>
public sealed class DevToolsConnectionTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private WebSocket _chromium = null!;
    private DevToolsConnection _connection = null!;
    private readonly List<IDisposable> _sockets = [];

    public async ValueTask InitializeAsync()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var client = new TcpClient();
        var accepting = listener.AcceptTcpClientAsync();
        await client.ConnectAsync(IPAddress.Loopback, ((IPEndPoint)listener.LocalEndpoint).Port);
        var server = await accepting;
        _sockets.AddRange([client, server]);
        _chromium = WebSocket.CreateFromStream(server.GetStream(), new WebSocketCreationOptions { IsServer = true, KeepAliveInterval = TimeSpan.Zero });
        _connection = new DevToolsConnection(WebSocket.CreateFromStream(client.GetStream(), new WebSocketCreationOptions { IsServer = false, KeepAliveInterval = TimeSpan.Zero }));
    }

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync();
        _chromium.Dispose();
        _sockets.ForEach(s => s.Dispose());
    }

    [Fact]
    public async Task Answers_ReachTheirCommands_InWhateverOrderTheyCome()
    {
        var first = _connection.Browser.SendAsync("Browser.getVersion", null, TestContext.Current.CancellationToken);
        var second = _connection.Session("TAB").SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = "1 + 1" }, TestContext.Current.CancellationToken);
        var (a, b) = (await ReceiveAsync(), await ReceiveAsync());
        Assert.Equal("Browser.getVersion", a.GetProperty("method").GetString());
        Assert.False(a.TryGetProperty("sessionId", out _));
        Assert.Equal("TAB", b.GetProperty("sessionId").GetString());
        Assert.Equal("1 + 1", b.GetProperty("params").GetProperty("expression").GetString());

        await SendAsync($$$"""{"id":{{{b.GetProperty("id").GetInt64()}}},"sessionId":"TAB","result":{"result":{"type":"number","value":2} } }""");
        await SendAsync($$$"""{"id":{{{a.GetProperty("id").GetInt64()}}},"result":{"product":"Chrome/156"}}""");

        Assert.Equal(2, (await second.WaitAsync(Patience, TestContext.Current.CancellationToken)).GetProperty("result").GetProperty("value").GetInt32());
        Assert.Equal("Chrome/156", (await first.WaitAsync(Patience, TestContext.Current.CancellationToken)).GetProperty("product").GetString());
    }

    [Fact]
    public async Task AMessageInSeveralFrames_IsReadWhole()
    {
        var pending = _connection.Browser.SendAsync("IO.read", null, TestContext.Current.CancellationToken);
        var id = (await ReceiveAsync()).GetProperty("id").GetInt64();
        var data = new string('x', 300_000);
        var message = Encoding.UTF8.GetBytes($$$"""{"id":{{{id}}},"result":{"data":"{{{data}}}","eof":true}}""");
        // Three frames, cut inside the JSON: only the last one ends the message.
        await _chromium.SendAsync(message.AsMemory(0, 10), WebSocketMessageType.Text, endOfMessage: false, TestContext.Current.CancellationToken);
        await _chromium.SendAsync(message.AsMemory(10, 150_000), WebSocketMessageType.Text, endOfMessage: false, TestContext.Current.CancellationToken);
        await _chromium.SendAsync(message.AsMemory(150_010), WebSocketMessageType.Text, endOfMessage: true, TestContext.Current.CancellationToken);

        var result = await pending.WaitAsync(Patience, TestContext.Current.CancellationToken);
        Assert.Equal(data, result.GetProperty("data").GetString());
    }

    [Fact]
    public async Task Events_GoToTheSessionTheyName()
    {
        var tab = new List<string>();
        var browser = new List<string>();
        var other = new List<string>();
        _connection.Session("TAB").EventReceived += (method, _) => tab.Add(method);
        _connection.Session("OTHER").EventReceived += (method, _) => other.Add(method);
        _connection.Browser.EventReceived += (method, _) => browser.Add(method);

        await SendAsync("""{"method":"Page.loadEventFired","sessionId":"TAB","params":{"timestamp":1}}""");
        await SendAsync("""{"method":"Target.targetCreated","params":{"targetInfo":{}}}""");
        await SendAsync("""{"method":"Runtime.exceptionThrown","sessionId":"UNKNOWN","params":{}}""");
        // An answer to nothing sent is dropped; a command after it shows everything before was read.
        await SendAsync("""{"id":999,"result":{}}""");
        await RoundTripAsync();

        Assert.Equal(["Page.loadEventFired"], tab);
        Assert.Equal(["Target.targetCreated"], browser);
        Assert.Empty(other);
    }

    [Fact]
    public async Task AnError_FailsItsCommand_WithChromiumsMessage()
    {
        var pending = _connection.Session("TAB").SendAsync("Page.navigate", new JsonObject { ["url"] = "about:blank" }, TestContext.Current.CancellationToken);
        var id = (await ReceiveAsync()).GetProperty("id").GetInt64();
        await SendAsync($$$"""{"id":{{{id}}},"sessionId":"TAB","error":{"code":-32000,"message":"Cannot navigate to invalid URL"}}""");

        var error = await Assert.ThrowsAsync<DevToolsException>(() => pending.WaitAsync(Patience, TestContext.Current.CancellationToken));
        Assert.Equal("Page.navigate: Cannot navigate to invalid URL", error.Message);
    }

    [Fact]
    public async Task AnErrorWithData_FailsItsCommand_WithBoth()
    {
        var pending = _connection.Session("TAB").SendAsync("Page.navigate", new JsonObject { ["url"] = 1 }, TestContext.Current.CancellationToken);
        var id = (await ReceiveAsync()).GetProperty("id").GetInt64();
        await SendAsync($$$"""{"id":{{{id}}},"sessionId":"TAB","error":{"code":-32602,"message":"Invalid parameters","data":"Failed to deserialize params.url"} }""");

        var error = await Assert.ThrowsAsync<DevToolsException>(() => pending.WaitAsync(Patience, TestContext.Current.CancellationToken));
        Assert.Equal("Page.navigate: Invalid parameters (Failed to deserialize params.url)", error.Message);
    }

    [Fact]
    public async Task AnAnswerWithoutWhatItMustHold_FailsNamingTheCommand()
    {
        var opening = ChromiumTab.OpenAsync(_connection, "CONTEXT", new TabOptions(), TestContext.Current.CancellationToken);
        var command = await ReceiveAsync();
        Assert.Equal("Target.createTarget", command.GetProperty("method").GetString());
        await SendAsync($$$"""{"id":{{{command.GetProperty("id").GetInt64()}}},"result":{}}""");

        var error = await Assert.ThrowsAsync<DevToolsException>(() => opening.WaitAsync(Patience, TestContext.Current.CancellationToken));
        Assert.Equal("Target.createTarget: Chromium's answer has no targetId", error.Message);
    }

    [Fact]
    public async Task ATabThatCrashes_FailsWhatWaitsOnIt_AndNothingElse()
    {
        var onTab = _connection.Session("TAB").SendAsync("Page.printToPDF", null, TestContext.Current.CancellationToken);
        var onBrowser = _connection.Browser.SendAsync("Browser.getVersion", null, TestContext.Current.CancellationToken);
        await ReceiveAsync();
        var browserId = (await ReceiveAsync()).GetProperty("id").GetInt64();

        await SendAsync("""{"method":"Inspector.targetCrashed","sessionId":"TAB","params":{}}""");

        var error = await Assert.ThrowsAsync<DevToolsException>(() => onTab.WaitAsync(Patience, TestContext.Current.CancellationToken));
        Assert.Equal("Page.printToPDF: the page crashed", error.Message);
        Assert.Equal("the page crashed", _connection.Session("TAB").ClosedReason);
        // A command sent to it afterwards fails at once.
        await Assert.ThrowsAsync<DevToolsException>(() => _connection.Session("TAB").SendAsync("Page.enable", null, TestContext.Current.CancellationToken));
        Assert.False(onBrowser.IsCompleted);
        await SendAsync($$$"""{"id":{{{browserId}}},"result":{}}""");
        await onBrowser.WaitAsync(Patience, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task ChromiumClosingTheConnection_FailsEveryCommandThatWaits()
    {
        var pending = _connection.Session("TAB").SendAsync("Page.printToPDF", null, TestContext.Current.CancellationToken);
        await ReceiveAsync();

        await _chromium.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<DevToolsException>(() => pending.WaitAsync(Patience, TestContext.Current.CancellationToken));
        Assert.Equal("Page.printToPDF: Chromium closed the connection", error.Message);
        Assert.Equal("Chromium closed the connection", _connection.ClosedReason);
    }

    [Fact]
    public async Task AnEventHandlerThatThrows_DoesNotEndTheConnection()
    {
        _connection.Session("TAB").EventReceived += (_, _) => throw new InvalidOperationException("a handler's bug");

        await SendAsync("""{"method":"Page.loadEventFired","sessionId":"TAB","params":{"timestamp":1}}""");

        await RoundTripAsync();
        Assert.Null(_connection.ClosedReason);
    }

    /// <summary>
    /// A send cancelled while the socket cannot take it (Chromium not reading) would abort the whole
    /// WebSocket if the cancellation reached the send: the command is cancelled, the connection is not.
    /// </summary>
    [Fact]
    public async Task ACommandCancelledWhileItIsSent_LeavesTheConnectionWorking()
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        // More than the loopback socket's buffers hold: the send waits until this side reads.
        var large = _connection.Browser.SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = new string('x', 32 << 20) }, cancel.Token);
        await Task.Delay(TimeSpan.FromMilliseconds(300), TestContext.Current.CancellationToken);
        Assert.False(large.IsCompleted);

        await cancel.CancelAsync();
        Assert.Equal("Runtime.evaluate", (await ReceiveAsync()).GetProperty("method").GetString());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => large.WaitAsync(Patience, TestContext.Current.CancellationToken));
        await RoundTripAsync();
        Assert.Null(_connection.ClosedReason);
    }

    [Fact]
    public async Task ARequestWhoseAnswerThrows_IsRefused_AndTheConnectionKeepsWorking()
    {
        await OpenTabAsync(new TabOptions { Answer = _ => throw new InvalidOperationException("an answer's bug") });

        await SendAsync(RequestPaused("R1", "http://pages.kzedition.invalid/index.html"));

        await AssertRefusedAndStillConnectedAsync("R1");
    }

    /// <summary><c>%00</c> in a print edition's request: no file of the site, refused (the path once threw on the reading loop).</summary>
    [Fact]
    public async Task AnEditionRequestWithANul_IsRefused_AndTheConnectionKeepsWorking()
    {
        using var site = new TempDirectory();
        await OpenTabAsync(new TabOptions { Answer = KzEdition.Pdf.PdfRenderer.ServeFrom(site.Path) });

        await SendAsync(RequestPaused("R1", KzEdition.Pdf.PdfRenderer.Origin + "a%00b.png"));

        await AssertRefusedAndStillConnectedAsync("R1");
    }

    /// <summary>The tab refused the paused request (Fetch.failRequest), and, once that is answered, the connection still works.</summary>
    private async Task AssertRefusedAndStillConnectedAsync(string requestId)
    {
        var refused = await ReceiveAsync();
        Assert.Equal("Fetch.failRequest", refused.GetProperty("method").GetString());
        Assert.Equal(requestId, refused.GetProperty("params").GetProperty("requestId").GetString());
        await SendAsync($$$"""{"id":{{{refused.GetProperty("id").GetInt64()}}},"sessionId":"TAB","result":{}}""");
        await RoundTripAsync();
        Assert.Null(_connection.ClosedReason);
    }

    /// <summary>
    /// The load event of the blank page a tab is created with may come after the navigation has
    /// started: the navigation is over only once the page it asked for has loaded.
    /// </summary>
    [Fact]
    public async Task ALoadEventOfAnotherPage_DoesNotEndTheNavigation()
    {
        var tab = await OpenTabAsync(new TabOptions());
        var navigating = tab.NavigateAsync("http://pages.kzedition.invalid/index.html", TestContext.Current.CancellationToken);
        var navigate = await ReceiveAsync();
        Assert.Equal("Page.navigate", navigate.GetProperty("method").GetString());
        await SendAsync($$$"""{"id":{{{navigate.GetProperty("id").GetInt64()}}},"sessionId":"TAB","result":{"frameId":"F","loaderId":"L"}}""");

        // about:blank's late load event: the page is asked whether it is the one navigated to.
        await SendAsync("""{"method":"Page.loadEventFired","sessionId":"TAB","params":{"timestamp":1}}""");
        var stale = await ReceiveAsync();
        Assert.Equal("Runtime.evaluate", stale.GetProperty("method").GetString());
        await SendAsync($$$"""{"id":{{{stale.GetProperty("id").GetInt64()}}},"sessionId":"TAB","result":{"result":{"type":"boolean","value":false} } }""");
        await Task.Delay(TimeSpan.FromMilliseconds(200), TestContext.Current.CancellationToken);
        Assert.False(navigating.IsCompleted);

        await SendAsync("""{"method":"Page.loadEventFired","sessionId":"TAB","params":{"timestamp":2}}""");
        var loaded = await ReceiveAsync();
        Assert.Equal("Runtime.evaluate", loaded.GetProperty("method").GetString());
        await SendAsync($$$"""{"id":{{{loaded.GetProperty("id").GetInt64()}}},"sessionId":"TAB","result":{"result":{"type":"boolean","value":true} } }""");
        await navigating.WaitAsync(Patience, TestContext.Current.CancellationToken);
    }

    /// <summary>A tab opened over the fake: its setting up answered (no window, as in a headless build without one); its session is <c>TAB</c>.</summary>
    private async Task<ChromiumTab> OpenTabAsync(TabOptions options)
    {
        var opening = ChromiumTab.OpenAsync(_connection, "CONTEXT", options, TestContext.Current.CancellationToken);
        while (true)
        {
            var command = await ReceiveAsync();
            var id = command.GetProperty("id").GetInt64();
            switch (command.GetProperty("method").GetString())
            {
                case "Target.createTarget":
                    await SendAsync($$$"""{"id":{{{id}}},"result":{"targetId":"TARGET"}}""");
                    break;
                case "Target.attachToTarget":
                    await SendAsync($$$"""{"id":{{{id}}},"result":{"sessionId":"TAB"}}""");
                    break;
                case "Browser.getWindowForTarget":
                    await SendAsync($$$"""{"id":{{{id}}},"sessionId":"TAB","error":{"code":-32000,"message":"Browser window not found"}}""");
                    return await opening.WaitAsync(Patience, TestContext.Current.CancellationToken);
                default:
                    await SendAsync($$$"""{"id":{{{id}}},"sessionId":"TAB","result":{}}""");
                    break;
            }
        }
    }

    private static string RequestPaused(string requestId, string url) =>
        $$$"""{"method":"Fetch.requestPaused","sessionId":"TAB","params":{"requestId":"{{{requestId}}}","networkId":"N{{{requestId}}}","request":{"url":"{{{url}}}"} } }""";

    /// <summary>A command answered: every message sent before its answer has been handled.</summary>
    private async Task RoundTripAsync()
    {
        var pending = _connection.Browser.SendAsync("Browser.getVersion", null, TestContext.Current.CancellationToken);
        await SendAsync($$$"""{"id":{{{(await ReceiveAsync()).GetProperty("id").GetInt64()}}},"result":{}}""");
        await pending.WaitAsync(Patience, TestContext.Current.CancellationToken);
    }

    private async Task<JsonElement> ReceiveAsync()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        ValueWebSocketReceiveResult frame;
        do
        {
            frame = await _chromium.ReceiveAsync(buffer.AsMemory(), TestContext.Current.CancellationToken).AsTask().WaitAsync(Patience);
            message.Write(buffer, 0, frame.Count);
        }
        while (!frame.EndOfMessage);

        return JsonDocument.Parse(message.ToArray()).RootElement.Clone();
    }

    private Task SendAsync(string json) =>
        _chromium.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, endOfMessage: true, TestContext.Current.CancellationToken);
}
