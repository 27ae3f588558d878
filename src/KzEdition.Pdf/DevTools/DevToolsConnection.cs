using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KzEdition.Pdf.DevTools;

/// <summary>
/// One WebSocket to Chromium's DevTools endpoint, speaking the Chrome DevTools Protocol: commands
/// go out as <c>{"id", "sessionId", "method", "params"}</c> and their answers come back with the same
/// id, in any order; events come with the session (the tab) they belong to, and are handed to it.
/// Tabs are attached "flat" (<c>Target.attachToTarget</c> with <c>flatten</c>), so every session
/// shares this socket and is told apart by its <c>sessionId</c>. A message may arrive in several
/// WebSocket frames (Chromium splits large ones): it is read whole before it is parsed.
/// </summary>
internal sealed class DevToolsConnection : IAsyncDisposable
{
    private readonly WebSocket _socket;
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly ConcurrentDictionary<long, PendingCommand> _pending = new();
    private readonly ConcurrentDictionary<string, DevToolsSession> _sessions = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _receiving;
    private long _lastId;
    private volatile string? _closed;

    internal DevToolsConnection(WebSocket socket)
    {
        _socket = socket;
        Browser = new DevToolsSession(this, null);
        _receiving = Task.Run(ReceiveAsync);
    }

    /// <summary>The browser's own session (no <c>sessionId</c>): targets, contexts, the browser.</summary>
    public DevToolsSession Browser { get; }

    /// <summary>Why the connection ended (Chromium closed it, crashed, or it was disposed); null while it is open.</summary>
    public string? ClosedReason => _closed;

    /// <summary>Connects to a browser's DevTools endpoint (<c>ws://…/devtools/browser/…</c>).</summary>
    public static async Task<DevToolsConnection> ConnectAsync(Uri endpoint, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        // Chromium answers at once or not at all; a ping would only be more traffic.
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        try
        {
            await socket.ConnectAsync(endpoint, cancellationToken);
        }
        catch (Exception ex)
        {
            // Cancelled or refused, the socket is not kept.
            socket.Dispose();
            if (ex is WebSocketException)
            {
                throw new DevToolsException($"could not connect to {endpoint}: {ex.Message}");
            }

            throw;
        }

        return new DevToolsConnection(socket);
    }

    /// <summary>The session of a tab attached with <c>Target.attachToTarget</c> (<c>flatten: true</c>).</summary>
    public DevToolsSession Session(string sessionId) => _sessions.GetOrAdd(sessionId, id => new DevToolsSession(this, id));

    /// <summary>Sends a command and returns its <c>result</c>.</summary>
    /// <exception cref="DevToolsException">Chromium answered with an error, or the session or connection ended first.</exception>
    internal async Task<JsonElement> SendAsync(string? sessionId, string method, JsonObject? parameters, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _lastId);
        var pending = new PendingCommand(method, sessionId);
        _pending[id] = pending;
        try
        {
            // A session that detached, or a connection that closed, while this was being sent fails it here.
            if ((_closed ?? (sessionId is not null ? _sessions.GetValueOrDefault(sessionId)?.ClosedReason : null)) is { } ended)
            {
                throw new DevToolsException($"{method}: {ended}");
            }

            var message = new ArrayBufferWriter<byte>(256);
            using (var writer = new Utf8JsonWriter(message))
            {
                writer.WriteStartObject();
                writer.WriteNumber("id", id);
                if (sessionId is not null)
                {
                    writer.WriteString("sessionId", sessionId);
                }

                writer.WriteString("method", method);
                writer.WritePropertyName("params");
                (parameters ?? []).WriteTo(writer);
                writer.WriteEndObject();
            }

            await _sending.WaitAsync(cancellationToken);
            try
            {
                // Not cancelled once begun: a WebSocket whose send is cancelled aborts, and every
                // other command (and tab) would lose the connection with it. A send that cannot go
                // out ends when the connection is disposed.
                await _socket.SendAsync(message.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
            }
            catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or InvalidOperationException)
            {
                throw new DevToolsException($"{method}: {_closed ?? "the connection to Chromium broke (" + ex.Message + ")"}");
            }
            finally
            {
                _sending.Release();
            }

            using var cancel = cancellationToken.Register(() => pending.Result.TrySetCanceled(cancellationToken));
            return await pending.Result.Task;
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
    }

    /// <summary>Reads messages until the socket closes: answers complete their command, events go to their session.</summary>
    private async Task ReceiveAsync()
    {
        var message = new ArrayBufferWriter<byte>(1 << 16);
        var reason = "the connection to Chromium was closed";
        try
        {
            while (true)
            {
                message.ResetWrittenCount();
                ValueWebSocketReceiveResult frame;
                do
                {
                    frame = await _socket.ReceiveAsync(message.GetMemory(1 << 16), _stop.Token);
                    if (frame.MessageType == WebSocketMessageType.Close)
                    {
                        reason = "Chromium closed the connection";
                        return;
                    }

                    message.Advance(frame.Count);
                }
                while (!frame.EndOfMessage);

                Dispatch(message.WrittenMemory);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            // Whatever ends the loop (an aborted socket throws OperationCanceledException too, a
            // message not of the protocol KeyNotFoundException) ends the connection: a command
            // left waiting on a loop that no longer reads would wait forever.
            reason = "the connection to Chromium broke (" + ex.Message + ")";
        }
        finally
        {
            Close(reason);
        }
    }

    private void Dispatch(ReadOnlyMemory<byte> json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.TryGetProperty("id", out var idElement))
        {
            if (_pending.TryGetValue(idElement.GetInt64(), out var pending))
            {
                if (root.TryGetProperty("error", out var error))
                {
                    var text = error.TryGetProperty("message", out var m) ? m.GetString() : error.GetRawText();
                    // Chromium says which parameter was wrong there ("Failed to deserialize params.url").
                    if (error.TryGetProperty("data", out var data))
                    {
                        text += " (" + (data.ValueKind == JsonValueKind.String ? data.GetString() : data.GetRawText()) + ")";
                    }

                    pending.Result.TrySetException(new DevToolsException($"{pending.Method}: {text}"));
                }
                else
                {
                    pending.Result.TrySetResult(root.TryGetProperty("result", out var result) ? result.Clone() : default);
                }
            }

            return;
        }

        var method = root.GetProperty("method").GetString()!;
        var parameters = root.TryGetProperty("params", out var p) ? p.Clone() : default;
        var session = root.TryGetProperty("sessionId", out var s) ? _sessions.GetValueOrDefault(s.GetString()!) : Browser;
        // An ended session stays known (a few per run), so that a command sent to it fails at once.
        if (method == "Target.detachedFromTarget" && parameters.TryGetProperty("sessionId", out var detached) && _sessions.TryGetValue(detached.GetString()!, out var gone))
        {
            EndSession(gone, "the tab was closed");
        }
        else if (method == "Inspector.targetCrashed" && session is not null && session != Browser)
        {
            EndSession(session, "the page crashed");
        }

        try
        {
            session?.Raise(method, parameters);
        }
        catch (Exception)
        {
            // A handler's failure is the handler's: the other sessions, and this one's commands,
            // still need the loop. (A tab's handlers answer what must be answered themselves.)
        }
    }

    /// <summary>A session's pending commands would never be answered: they fail with the reason.</summary>
    private void EndSession(DevToolsSession session, string reason)
    {
        session.End(reason);
        foreach (var (_, pending) in _pending.Where(p => p.Value.SessionId == session.Id))
        {
            pending.Result.TrySetException(new DevToolsException($"{pending.Method}: {reason}"));
        }
    }

    private void Close(string reason)
    {
        _closed ??= reason;
        foreach (var session in _sessions.Values.Append(Browser))
        {
            session.End(_closed);
        }

        foreach (var (_, pending) in _pending)
        {
            pending.Result.TrySetException(new DevToolsException($"{pending.Method}: {_closed}"));
        }
    }

    public async ValueTask DisposeAsync()
    {
        Close("the connection to Chromium was closed");
        await _stop.CancelAsync();
        try
        {
            await _receiving;
        }
        catch (Exception)
        {
            // The loop closes the connection whatever ends it; the socket is disposed all the same.
        }

        _socket.Dispose();
        _stop.Dispose();
        // _sending is not disposed: a send may still hold it, and it holds nothing to release.
    }

    private sealed record PendingCommand(string Method, string? SessionId)
    {
        public TaskCompletionSource<JsonElement> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
