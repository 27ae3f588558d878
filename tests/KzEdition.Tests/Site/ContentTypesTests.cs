using KzEdition.Site;

namespace KzEdition.Tests.Site;

/// <summary>Every kind of file the edition publishes gets its type, and text types say their charset.</summary>
public sealed class ContentTypesTests
{
    [Theory]
    [InlineData("index.html", "text/html; charset=utf-8")]
    [InlineData("assets/style.css", "text/css; charset=utf-8")]
    [InlineData("assets/preview.js", "text/javascript; charset=utf-8")]
    [InlineData("edition.json", "application/json; charset=utf-8")]
    [InlineData("sitemap.xml", "application/xml; charset=utf-8")]
    [InlineData("articles/x/x.md", "text/markdown; charset=utf-8")]
    [InlineData("articles/x/x.bib", "application/x-bibtex; charset=utf-8")]
    [InlineData("articles/x/x.ris", "application/x-research-info-systems; charset=utf-8")]
    [InlineData("assets/logo.svg", "image/svg+xml; charset=utf-8")]
    [InlineData("assets/fonts/OFL.txt", "text/plain; charset=utf-8")]
    [InlineData("assets/fonts/pt-serif-latin-400-normal.woff2", "font/woff2")]
    [InlineData("INDEX.HTML", "text/html; charset=utf-8")]
    [InlineData("archive.7z", "application/octet-stream")]
    [InlineData("README", "application/octet-stream")]
    public void ContentType_IsTheFilesType(string path, string expected) => Assert.Equal(expected, ContentTypes.For(path));
}
