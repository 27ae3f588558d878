namespace KzEdition.Cleaning;

/// <summary>An article together with the segment it was built from (its blocks know their source lines).</summary>
public sealed record CleanedArticle(Model.Article Article, ArticleSegment Segment);
