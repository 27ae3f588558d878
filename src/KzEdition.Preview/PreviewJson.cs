using System.Text.Json.Serialization;

namespace KzEdition.Preview;

/// <summary>
/// The serialisation code of the messages the preview sends the page (<see cref="BrowserMessages"/>),
/// made by System.Text.Json's source generator: nothing looked up by reflection or compiled at run
/// time (README, "A native build"). The options (web defaults: camelCase) are given by the caller.
/// </summary>
[JsonSerializable(typeof(HelloMessage))]
[JsonSerializable(typeof(ReloadMessage))]
[JsonSerializable(typeof(ErrorMessage))]
[JsonSerializable(typeof(BrowserError[]))]
internal sealed partial class PreviewJson : JsonSerializerContext;
