using KzEdition.Templating;
using KzEdition.Tests.Templating;

namespace KzEdition.Tests.EndToEnd;

/// <summary>
/// Every page of the real edition through <see cref="LatinPageWriter"/>: the Cyrillic article pages
/// (the Latin pages' own HTML but for the script switch and the root path), the Latin ones, the
/// indices, home and the rest. Each must parse to the tree the DOM transliteration makes of it
/// (<see cref="LatinPageOracle"/>), keep its markup byte for byte, and come out the same written in
/// small chunks as in one.
/// </summary>
public sealed class LatinPagesTests(BuiltEdition edition) : IClassFixture<BuiltEdition>
{
    private IEnumerable<string> Pages => Directory.EnumerateFiles(edition.Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    [Fact]
    public void EveryPageOfTheEdition_InLatin_ParsesToTheTreeTheDomTransliterationMakes_WithItsMarkupKept()
    {
        var pages = Pages.ToList();
        Assert.Contains(pages, p => p.Contains($"{Path.DirectorySeparatorChar}latn{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var failures = new List<string>();
        foreach (var page in pages)
        {
            var html = File.ReadAllText(page);
            var latin = LatinPageWriter.Transliterate(html);
            var name = Path.GetRelativePath(edition.Output, page);
            if (FirstDifference(LatinPageOracle.TransliteratedDom(html), LatinPageOracle.Dom(latin)) is { } tree)
            {
                failures.Add($"{name}: the tree differs from the DOM transliteration's: {tree}");
            }

            if (FirstDifference(MarkupSkeleton.Of(html), MarkupSkeleton.Of(latin)) is { } markup)
            {
                failures.Add($"{name}: the markup changed: {markup}");
            }

            if (InChunks(html, 7) != latin || InChunks(html, 4093) != latin)
            {
                failures.Add($"{name}: written in chunks, the page differs");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private static string InChunks(string html, int size)
    {
        using var page = new StringWriter();
        using (var latin = new LatinPageWriter(page, leaveOpen: true))
        {
            for (var i = 0; i < html.Length; i += size)
            {
                latin.Write(html.AsSpan(i, Math.Min(size, html.Length - i)));
            }
        }

        return page.ToString();
    }

    private static string? FirstDifference(string expected, string actual)
    {
        var at = expected.AsSpan().CommonPrefixLength(actual);
        if (at == expected.Length && at == actual.Length)
        {
            return null;
        }

        string Around(string s) => s.Substring(Math.Max(0, at - 60), Math.Min(s.Length, at + 60) - Math.Max(0, at - 60));
        return $"at {at}, expected …{Around(expected)}… but was …{Around(actual)}…";
    }

    [Fact]
    public void EveryLatinPage_HasItsSearchHintInLatin_AndNamesItsCyrillicPage()
    {
        var latinPages = Directory.EnumerateFiles(Path.Combine(edition.Output, "articles"), "index.html", SearchOption.AllDirectories)
            .Where(p => p.Contains($"{Path.DirectorySeparatorChar}latn{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(latinPages);
        foreach (var page in latinPages)
        {
            var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(page));
            var hint = document.QuerySelector("#site-search-q")!.GetAttribute("placeholder")!;
            Assert.DoesNotMatch(@"\p{IsCyrillic}", hint);
            // The visible link; the <link rel=alternate> only with a base URL, since hreflang needs absolute URLs.
            Assert.Null(document.QuerySelector("link[rel=alternate][hreflang]"));
            var cyrillic = document.QuerySelector(".script-switch a[hreflang=kk]")?.GetAttribute("href");
            Assert.False(cyrillic is null, $"{page}: no link to the Cyrillic page");
            Assert.True(File.Exists(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, cyrillic))), $"{page}: {cyrillic} missing");
        }
    }
}

