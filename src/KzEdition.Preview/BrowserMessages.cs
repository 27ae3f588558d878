using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
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
    private static readonly PreviewJson Json = new(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// <summary>The first message on a connection, with the reconnection delay for the browser.</summary>
    public static string Hello(string serverId, BuildStatus status) =>
        $"retry: {ReconnectMilliseconds}\n" + Event("hello", new HelloMessage(serverId, status.Generation, Shape(status.Errors)), Json.HelloMessage);

    public static string Reload(int generation) => Event("reload", new ReloadMessage(generation), Json.ReloadMessage);

    public static string Error(ImmutableArray<Diagnostic> errors) => Event("error", new ErrorMessage(Shape(errors)), Json.ErrorMessage);

    /// <summary>An SSE comment: keeps proxies and the browser from timing an idle connection out, and finds clients that left.</summary>
    public static string KeepAlive() => ": keep-alive\n\n";

    /// <summary>The errors as JSON, for the page served while the last build failed.</summary>
    public static string ErrorsJson(ImmutableArray<Diagnostic> errors) => JsonSerializer.Serialize(Shape(errors), Json.BrowserErrorArray);

    public static byte[] Utf8(string message) => Encoding.UTF8.GetBytes(message);

    private static string Event<T>(string name, T data, JsonTypeInfo<T> type) => $"event: {name}\ndata: {JsonSerializer.Serialize(data, type)}\n\n";

    private static BrowserError[] Shape(ImmutableArray<Diagnostic> errors) =>
        errors.IsDefaultOrEmpty
            ? []
            : [.. errors.Select(e => new BrowserError(e.File, e.Line, e.Column, e.Message))];
}
