using System.Text.Json.Serialization;

namespace KzEdition.Site;

/// <summary>
/// The serialisation code of <c>edition.json</c>, made by System.Text.Json's source generator at
/// compile time: no reflection at run time, nothing compiled at start-up, and the same code in a
/// Native AOT build (README, "A native build"). The options (camelCase, indentation, escaping) are
/// the caller's, given to the constructor.
/// </summary>
[JsonSerializable(typeof(EditionManifest))]
[JsonSerializable(typeof(ManifestArticle))]
internal sealed partial class ManifestJson : JsonSerializerContext;
