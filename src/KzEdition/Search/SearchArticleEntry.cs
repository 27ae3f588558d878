namespace KzEdition.Search;

/// <summary>An article as a chunk of <c>search/articles/</c> lists it for the results: its title, page and language.</summary>
internal sealed record SearchArticleEntry(string Title, string Url, string Lang);
