using System.Collections.Immutable;

namespace KzEdition.Templating;

/// <summary>A related article as its neighbour's page shows it: title, language, URL, and the entries the two share.</summary>
public sealed record RelatedLink(string Title, string Lang, string Url, ImmutableArray<EntryLink> Shared);
