using System.Text.Json.Serialization;

namespace KzEdition.Text;

/// <summary>
/// The serialisation code of the plain JSON values the build writes and reads (a string literal, a
/// map of strings), made by System.Text.Json's source generator: nothing looked up by reflection or
/// compiled at run time (README, "A native build"). Each caller binds its own options
/// (<c>new PlainJson(options)</c>): the encoder and the indentation stay the caller's.
/// </summary>
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(SortedDictionary<string, string>))]
internal sealed partial class PlainJson : JsonSerializerContext;
