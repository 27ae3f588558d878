using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace KzEdition.Tests.Support;

/// <summary>
/// An HTTP/1.1 GET written by hand on a socket: HttpClient and Uri would resolve "..", decode
/// escapes and turn backslashes into slashes before sending, and the attacks must reach the server as written.
/// </summary>
internal static class RawHttp
{
    public static Task<(int Status, string Head, string Body)> GetAsync(Uri server, string target, CancellationToken cancellationToken) =>
        GetAsync(server, target, server.Authority, cancellationToken);

    /// <summary>With a Host header of one's own (as a page of another name resolving to this server sends it).</summary>
    public static async Task<(int Status, string Head, string Body)> GetAsync(Uri server, string target, string host, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, cancellationToken);
        await using var stream = client.GetStream();
        var request = $"GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request), cancellationToken);

        using var response = new MemoryStream();
        await stream.CopyToAsync(response, cancellationToken);
        var text = Encoding.UTF8.GetString(response.ToArray());
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = split < 0 ? text : text[..split];
        var body = split < 0 ? "" : text[(split + 4)..];
        var status = int.Parse(head.Split(' ', 3)[1], CultureInfo.InvariantCulture);
        return (status, head, body);
    }
}
