using System.Text.Json.Serialization;

namespace KzEdition.Pdf.DevTools;

/// <summary>
/// The few .NET values that cross into a page or come back from one as JSON (the articles' pages,
/// an evaluation's arguments), serialised by code System.Text.Json's source generator writes at
/// compile time: no reflection, so the native build prints too (README, "A native build"). The
/// protocol's own messages are written and read by hand (<see cref="DevToolsConnection"/>).
/// </summary>
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(string?[]))]
internal sealed partial class DevToolsJson : JsonSerializerContext;
