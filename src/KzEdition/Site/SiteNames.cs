using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace KzEdition.Site;

/// <summary>
/// What a name from the input may be where it becomes part of a path or a URL of the site: an
/// article's <c>slug:</c>, a page's file name, a <c>lang:</c> or <c>language:</c>, the base URL.
/// Checked where each is read, so that a name cannot lead a file out of its folder (<c>..</c>),
/// take the place of a page the build makes itself (<c>index</c>), or carry markup into a page.
/// </summary>
public static partial class SiteNames
{
    /// <summary>
    /// The names the build itself writes at the top of the output folder (or may write there: the
    /// about page is the one page most editions have): no page and no article slug may take them.
    /// </summary>
    public static readonly ImmutableArray<string> Reserved = ["about", "articles", "assets", "index", "print", "search"];

    /// <summary>Lowercase ASCII letters, digits and hyphens: a slug as the build makes them.</summary>
    public static bool IsSlug(string name) => SlugPattern().IsMatch(name);

    /// <summary>Why <paramref name="name"/> cannot be an article's slug; null when it can.</summary>
    public static string? SlugProblem(string name) =>
        !IsSlug(name) ? $"a slug is lowercase ASCII letters, digits and hyphens ([a-z0-9-]+), not '{name}'"
        : Reserved.Contains(name) ? $"the slug '{name}' is reserved for the site's own pages ({string.Join(", ", Reserved)})"
        : null;

    /// <summary>Why <paramref name="name"/> (a file of pages/ without ".md") cannot name a page; null when it can.</summary>
    public static string? PageNameProblem(string name) =>
        !IsSlug(name) ? $"a page's file name is lowercase ASCII letters, digits and hyphens and '.md' (about.md), not '{name}.md'"
        : name != "about" && Reserved.Contains(name) ? $"the page name '{name}' is reserved for the site's own pages ({string.Join(", ", Reserved.Where(r => r != "about"))})"
        : null;

    /// <summary>A language tag, BCP 47 in its common form: <c>kk</c>, <c>ru</c>, <c>kk-Latn</c>, <c>en-GB</c>.</summary>
    public static bool IsLanguageTag(string tag) => LanguagePattern().IsMatch(tag);

    /// <summary>Why <paramref name="tag"/> cannot be a language; null when it can.</summary>
    public static string? LanguageProblem(string key, string tag) =>
        IsLanguageTag(tag) ? null : $"{key} is a language tag of two or three lowercase letters, maybe with subtags (kk, ru, kk-Latn), not '{tag}'";

    /// <summary>
    /// An absolute http(s) URL: a host of letters, digits, dots and hyphens, an optional port, and a
    /// path of letters, digits and <c>. _ ~ % ! $ &amp; * + , ; = : @ / -</c>; no user, query or
    /// fragment, no quote, angle bracket, space or backslash.
    /// </summary>
    public static bool IsBaseUrl(string url) => BaseUrlPattern().IsMatch(url);

    [GeneratedRegex(@"^[a-z0-9-]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();

    [GeneratedRegex(@"^[a-z]{2,3}(?:-[A-Za-z0-9]+)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex LanguagePattern();

    [GeneratedRegex(@"^https?://[\p{L}\p{N}](?:[\p{L}\p{N}.-]*[\p{L}\p{N}])?(?::[0-9]{1,5})?(?:/[\p{L}\p{N}._~%!$&*+,;=:@/-]*)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex BaseUrlPattern();
}
