using AngleSharp.Html.Parser;

namespace KzEdition.Tests.EndToEnd;

/// <summary>What every page of the real edition says of itself in its head: an icon that exists (no 404 in any console) and a description.</summary>
public sealed class PageHeadTests(BuiltEdition edition) : IClassFixture<BuiltEdition>
{
    [Fact]
    public void EveryPage_LinksAnIconThatExists_AndHasADescription()
    {
        var pages = Directory.EnumerateFiles(edition.Output, "*.html", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}print{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var document = new HtmlParser().ParseDocument(File.ReadAllText(page));
            var icon = document.QuerySelector("link[rel=icon]")?.GetAttribute("href");
            Assert.False(icon is null, $"{page}: no icon");
            // 404.html without a base URL links from the host's root (RealEditionTests).
            var target = icon.StartsWith('/') ? Path.Combine(edition.Output, icon[1..]) : Path.Combine(Path.GetDirectoryName(page)!, icon);
            Assert.True(File.Exists(Path.GetFullPath(target)), $"{page}: {icon} missing");
            Assert.False(string.IsNullOrWhiteSpace(document.QuerySelector("meta[name=description]")?.GetAttribute("content")), $"{page}: no description");
        }
    }
}
