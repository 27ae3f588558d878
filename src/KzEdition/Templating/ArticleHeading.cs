namespace KzEdition.Templating;

/// <summary>
/// What the indices show of an article they point into: its title, language, slug and number. The
/// index pages' models are remembered by these (and the index), not by the articles themselves, so
/// that an edit of an article's text does not make every index page again.
/// </summary>
public sealed record ArticleHeading(string DisplayTitle, string Lang, string Slug, int Number);
