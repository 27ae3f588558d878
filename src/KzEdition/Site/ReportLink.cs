namespace KzEdition.Site;

/// <summary>
/// In <c>report.html</c>, the article a segment of a source became: the first article, in edition
/// order, with that segment as a witness.
/// </summary>
/// <param name="Segment">The segment's place among its source's segments.</param>
/// <param name="Href">The article page, relative to the site's root.</param>
public sealed record ReportLink(int Segment, string Href, string Lang, string Title);
