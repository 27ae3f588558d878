using System.Text.Json;
using System.Text.Json.Nodes;

namespace KzEdition.Pdf.DevTools;

/// <summary>
/// One DevTools session on a <see cref="DevToolsConnection"/>: the browser's (no id) or a tab's.
/// Its events are raised on the connection's reading loop, in the order Chromium sent them, so a
/// handler must not wait on a command (it would wait on its own loop): it starts the work and returns.
/// </summary>
internal sealed class DevToolsSession(DevToolsConnection connection, string? id)
{
    private volatile string? _ended;

    /// <summary>The protocol's <c>sessionId</c>; null for the browser's session.</summary>
    public string? Id { get; } = id;

    /// <summary>Why the session ended (the tab closed or crashed, the connection closed); null while it lasts.</summary>
    public string? ClosedReason => _ended;

    /// <summary>An event of this session: its method (<c>Page.loadEventFired</c>) and its params.</summary>
    public event Action<string, JsonElement>? EventReceived;

    /// <summary>The session ended; raised once, with the reason.</summary>
    public event Action<string>? Ended;

    public Task<JsonElement> SendAsync(string method, JsonObject? parameters = null, CancellationToken cancellationToken = default) =>
        connection.SendAsync(Id, method, parameters, cancellationToken);

    internal void Raise(string method, JsonElement parameters) => EventReceived?.Invoke(method, parameters);

    internal void End(string reason)
    {
        if (Interlocked.CompareExchange(ref _ended, reason, null) is null)
        {
            Ended?.Invoke(reason);
        }
    }
}
