namespace KzEdition.Search;

/// <summary>
/// <c>search/index.json</c>, which search.js reads first: the index's shape and the BM25 constants,
/// the languages' runs of articles ([first article, language], …) and the buckets of terms.
/// Written camelCase (<see cref="SearchJson"/>).
/// </summary>
internal sealed record SearchManifest(
    int Version,
    int Documents,
    int Articles,
    double AverageLength,
    double K1,
    double B,
    int ArticlesPerChunk,
    int ParagraphsPerTextFile,
    List<object[]> Languages,
    List<string> Buckets);
