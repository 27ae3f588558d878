using System.Collections.Immutable;

namespace KzEdition.Search;

/// <summary>The synonym keys one paragraph is filed under: those of the index entries it mentions (<see cref="SearchSynonyms"/>), in ordinal order.</summary>
public sealed record ParagraphSynonyms(int Paragraph, ImmutableArray<string> Keys);
