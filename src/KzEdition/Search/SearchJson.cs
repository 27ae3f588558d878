using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KzEdition.Search;

/// <summary>
/// The serialisation code of the search index's JSON files, made by System.Text.Json's source
/// generator: nothing looked up by reflection or compiled at run time (README, "A native build").
/// The arrays of mixed values (a language run [0, "kk"], a name [entry, [[keys], …]]) hold only the
/// types listed here. Letters are written as they are, names camelCase.
/// </summary>
[JsonSerializable(typeof(SearchManifest))]
[JsonSerializable(typeof(List<SearchArticleEntry>))]
[JsonSerializable(typeof(List<object[]>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(string[][]))]
[JsonSerializable(typeof(string[][][]))]
internal sealed partial class SearchJson : JsonSerializerContext
{
    /// <summary>As every file of search/ is written.</summary>
    public static SearchJson Files { get; } = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    });
}
