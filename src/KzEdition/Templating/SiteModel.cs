using System.Collections.Immutable;
using KzEdition.Indexing;
using KzEdition.Model;
using Scriban.Runtime;

namespace KzEdition.Templating;

/// <summary>
/// What every page's template model shares, made once a build: the site and interface strings as
/// templates see them, the table of contents (one entry an article, in edition order), the
/// articles by id with their numbers, the edition's index, and the about page's text.
/// </summary>
/// <remarks>Read only by modules that make page models (not remembered): what a page's rendering depends on is its <see cref="PageModel"/>.</remarks>
public sealed class SiteModel(
    ScriptObject site,
    ScriptObject ui,
    ImmutableArray<ScriptObject> contents,
    ImmutableDictionary<string, (Article Article, int Number)> articles,
    EditionIndex index,
    Markdown.ArticleBody? about)
{
    /// <summary>The edition's metadata and links (<c>site</c>).</summary>
    public ScriptObject Site { get; } = site;

    /// <summary>The interface strings in the edition's language (<c>ui</c>).</summary>
    public ScriptObject Ui { get; } = ui;

    /// <summary>The table of contents: each article's entry, in edition order.</summary>
    public ImmutableArray<ScriptObject> Contents { get; } = contents;

    /// <summary>The table of contents as templates see it (<c>articles</c>): one array every page shares.</summary>
    public ScriptArray ContentsArray { get; } = new EntryArray(contents);

    /// <summary>What the indices show of each article, by id (<see cref="ArticleHeading"/>).</summary>
    public ImmutableSortedDictionary<string, ArticleHeading> Headings { get; } =
        articles.ToImmutableSortedDictionary(a => a.Key, a => new ArticleHeading(a.Value.Article.DisplayTitle, a.Value.Article.Lang, a.Value.Article.Slug, a.Value.Number), StringComparer.Ordinal);

    public EditionIndex Index { get; } = index;

    /// <summary>The about page's parsed text, when there is one (the print edition's colophon shows it).</summary>
    public Markdown.ArticleBody? About { get; } = about;
}
