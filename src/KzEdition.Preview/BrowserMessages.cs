using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using KzEdition.Engine;

namespace KzEdition.Preview;

/// <summary>
/// What the server tells the page's script, as Server-Sent Events with one line of JSON each:
/// <c>hello</c> on connecting (which server, which good build, the errors if the last build failed),
/// <c>reload</c> after a good build, <c>error</c> after a failed one.
/// </summary>
public static class BrowserMessages
{
    /// <summary>How soon a page's EventSource tries again after losing the server (it restarts, or rebuilds slowly).</summary>
    public const int ReconnectMilliseconds = 1000;

    // System.Text.Json's default encoder escapes < > & ' " and non-ASCII: the JSON can sit inside a
    // <script> element (no "</script>" can appear) and on one SSE data line (no raw line breaks).
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The first message on a connection, with the reconnection delay for the browser.</summary>
    public static string Hello(string serverId, BuildStatus status) =>
        $"retry: {ReconnectMilliseconds}\n" + Event("hello", new { server = serverId, generation = status.Generation, errors = Shape(status.Errors) });

    public static string Reload(int generation) => Event("reload", new { generation });

    public static string Error(ImmutableArray<Diagnostic> errors) => Event("error", new { errors = Shape(errors) });

    /// <summary>An SSE comment: keeps proxies and the browser from timing an idle connection out, and finds clients that left.</summary>
    public static string KeepAlive() => ": keep-alive\n\n";

    /// <summary>The errors as JSON, for the page served while the last build failed.</summary>
    public static string ErrorsJson(ImmutableArray<Diagnostic> errors) => JsonSerializer.Serialize(Shape(errors), Json);

    public static byte[] Utf8(string message) => Encoding.UTF8.GetBytes(message);

    private static string Event(string name, object data) => $"event: {name}\ndata: {JsonSerializer.Serialize(data, Json)}\n\n";

    private static object[] Shape(ImmutableArray<Diagnostic> errors) =>
        errors.IsDefaultOrEmpty
            ? []
            : [.. errors.Select(e => new { file = e.File, line = e.Line, column = e.Column, message = e.Message })];
}
