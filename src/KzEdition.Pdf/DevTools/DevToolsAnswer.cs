using System.Text.Json;

namespace KzEdition.Pdf.DevTools;

/// <summary>
/// Reads what a command's answer must hold: an answer without it (another Chromium, another
/// protocol) is a <see cref="DevToolsException"/> naming the command, as its other failures are,
/// not a <see cref="KeyNotFoundException"/> no caller expects.
/// </summary>
internal static class DevToolsAnswer
{
    public static JsonElement Property(JsonElement answer, string method, string name) =>
        answer.ValueKind == JsonValueKind.Object && answer.TryGetProperty(name, out var value)
            ? value
            : throw new DevToolsException($"{method}: Chromium's answer has no {name}");

    public static string String(JsonElement answer, string method, string name) =>
        Property(answer, method, name) is { ValueKind: JsonValueKind.String } value
            ? value.GetString()!
            : throw new DevToolsException($"{method}: Chromium's answer has no {name} string");
}
