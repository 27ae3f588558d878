using System.Collections.Immutable;
using System.Threading.Channels;
using KzEdition.Engine;

namespace KzEdition.Preview;

/// <summary>
/// The pages open on the preview, each listening on Server-Sent Events, and the state they are told
/// about: each connection gets the current <see cref="BuildStatus"/> first, then every reload or error
/// after it, in order. A slow or gone page cannot hold the server up: each has a small queue of its own.
/// </summary>
public sealed class LiveReloadHub : IDisposable
{
    private static readonly TimeSpan KeepAliveInterval = TimeSpan.FromSeconds(15);

    private readonly Lock _lock = new();
    private readonly List<Channel<string>> _clients = [];
    private readonly ITimer _keepAlive;
    private BuildStatus _status = BuildStatus.Initial;
    private bool _closed;

    public LiveReloadHub(TimeProvider? time = null)
    {
        _keepAlive = (time ?? TimeProvider.System).CreateTimer(_ => Broadcast(BrowserMessages.KeepAlive()), null, KeepAliveInterval, KeepAliveInterval);
    }

    /// <summary>Different for each run of the server: a page that reconnects to a restarted server reloads.</summary>
    public string ServerId { get; } = Guid.NewGuid().ToString("N")[..16];

    public BuildStatus Status
    {
        get
        {
            lock (_lock)
            {
                return _status;
            }
        }
    }

    public int ClientCount
    {
        get
        {
            lock (_lock)
            {
                return _clients.Count;
            }
        }
    }

    /// <summary>A build succeeded: the served site is a new generation, and every page reloads.</summary>
    public void BuildSucceeded()
    {
        lock (_lock)
        {
            _status = new BuildStatus(_status.Generation + 1, []);
            BroadcastLocked(BrowserMessages.Reload(_status.Generation));
        }
    }

    /// <summary>A build failed: the last good site stays, and every page shows the errors.</summary>
    public void BuildFailed(ImmutableArray<Diagnostic> errors)
    {
        lock (_lock)
        {
            _status = _status with { Errors = errors.IsDefaultOrEmpty ? [Diagnostic.Error("the build failed")] : errors };
            BroadcastLocked(BrowserMessages.Error(_status.Errors));
        }
    }

    /// <summary>A new page listening: its queue starts with the hello message. Completed at once when the hub is closed.</summary>
    public Channel<string> Subscribe()
    {
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(32)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        lock (_lock)
        {
            if (_closed)
            {
                channel.Writer.Complete();
                return channel;
            }

            channel.Writer.TryWrite(BrowserMessages.Hello(ServerId, _status));
            _clients.Add(channel);
        }

        return channel;
    }

    public void Unsubscribe(Channel<string> client)
    {
        lock (_lock)
        {
            _clients.Remove(client);
        }

        client.Writer.TryComplete();
    }

    /// <summary>Ends every connection, so that the server can stop without waiting for the pages to leave.</summary>
    public void Close()
    {
        lock (_lock)
        {
            _closed = true;
            foreach (var client in _clients)
            {
                client.Writer.TryComplete();
            }

            _clients.Clear();
        }
    }

    public void Dispose()
    {
        _keepAlive.Dispose();
        Close();
    }

    private void Broadcast(string message)
    {
        lock (_lock)
        {
            BroadcastLocked(message);
        }
    }

    private void BroadcastLocked(string message)
    {
        foreach (var client in _clients)
        {
            client.Writer.TryWrite(message);
        }
    }
}
