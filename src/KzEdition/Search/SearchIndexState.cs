using KzEdition.Model;

namespace KzEdition.Search;

/// <summary>
/// The search index as <see cref="SearchIndexBuilder"/> keeps it between builds of an incremental
/// session: every key's postings, each article's contribution (so an edited article's postings
/// can be taken out and put back), the bucket prefixes, and the text of every file as last made,
/// so that files whose content did not change are the very same strings. A plain build starts
/// from an empty state and fills it: the same code either way.
/// </summary>
public sealed class SearchIndexState
{
    /// <summary>Each article as last given (<see cref="SearchArticle"/>): its terms are those of an input that has not changed since.</summary>
    internal List<(string Title, string Url, string Lang, System.Collections.Immutable.ImmutableArray<NumberedParagraph> Paragraphs, System.Collections.Immutable.ImmutableArray<SearchParagraph> Terms)> Articles { get; } = [];

    internal Dictionary<string, PostingList> Postings { get; } = new(StringComparer.Ordinal);

    /// <summary>The keys each article contributes (by article index), each once.</summary>
    internal List<string[]> ArticleKeys { get; } = [];

    internal List<int> ArticleWords { get; } = [];

    internal List<string> Prefixes { get; set; } = [];

    internal Dictionary<string, string> Encoded { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, string> More { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, string> Buckets { get; } = new(StringComparer.Ordinal);

    /// <summary>The keys of <see cref="Encoded"/> in ordinal order (each once).</summary>
    internal List<string> SortedKeys { get; } = [];

    /// <summary>The keys filed in each bucket (by prefix), in ordinal order.</summary>
    internal Dictionary<string, List<string>> BucketKeys { get; } = new(StringComparer.Ordinal);

    internal Dictionary<int, string> Chunks { get; } = [];

    /// <summary>The text files' contents, by article and file (<see cref="SearchIndexBuilder.TextFileOf"/>).</summary>
    internal Dictionary<(int Article, int File), string> Texts { get; } = [];

    /// <summary>A paragraph's count of a key, and its length as the index gives it (<see cref="SearchIndexBuilder.Norm"/>).</summary>
    internal readonly record struct Posting(int Article, int Paragraph, int Count, int Norm);
}
