using System.Text.Json.Serialization;

namespace KzEdition.Citing;

/// <summary>
/// The serialisation code of an article's schema.org JSON-LD (<see cref="ArticleCitation.JsonLd"/>),
/// made by System.Text.Json's source generator: a property's value is a string, a person or a
/// book (a map of strings) or a list of persons, each known here, so nothing is looked up by
/// reflection at run time (README, "A native build").
/// </summary>
[JsonSerializable(typeof(Dictionary<string, object>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(List<Dictionary<string, string>>))]
[JsonSerializable(typeof(string))]
internal sealed partial class JsonLdJson : JsonSerializerContext;
