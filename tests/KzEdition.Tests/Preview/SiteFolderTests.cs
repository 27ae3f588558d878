using KzEdition.Preview;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Preview;

/// <summary>
/// What a request path finds in the served folder: its files and folders' index.html, and nothing
/// beside or above it however the path is spelled.
/// </summary>
public sealed class SiteFolderTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _root;

    public SiteFolderTests()
    {
        _root = _temp.Combine("output");
        Write("index.html");
        Write("articles/nato/index.html");
        Write("articles/nato/nato.bib");
        Write("assets/fonts/pt-serif.woff2");
        Write("Қазақ тілі/index.html");
        Write(".gitkeep");
        Directory.CreateDirectory(Path.Combine(_root, "empty"));
        File.WriteAllText(_temp.Combine("secret.txt"), "outside the output");
        File.WriteAllText(_temp.Combine("output-secret.txt"), "beside the output, its name starting like it");
    }

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/index.html", "index.html")]
    [InlineData("/index.html?utm=x", "index.html")]
    [InlineData("/articles/nato/", "articles/nato/index.html")]
    [InlineData("/articles/nato/nato.bib", "articles/nato/nato.bib")]
    [InlineData("/assets/fonts/pt-serif.woff2", "assets/fonts/pt-serif.woff2")]
    [InlineData("/%D2%9A%D0%B0%D0%B7%D0%B0%D2%9B%20%D1%82%D1%96%D0%BB%D1%96/", "Қазақ тілі/index.html")]
    public void AFileOrAFoldersIndex_IsFound(string target, string expected)
    {
        var lookup = SiteFolder.Find(_root, target);

        Assert.Equal(SiteLookupKind.Found, lookup.Kind);
        Assert.Equal(Path.Combine(_root, expected), lookup.FullPath);
    }

    [Theory]
    [InlineData("/articles/nato", "/articles/nato/")]
    [InlineData("/articles/nato?x=1", "/articles/nato/?x=1")]
    public void AFolderWithoutItsSlash_IsRedirected_SoThatRelativeLinksResolve(string target, string location)
    {
        var lookup = SiteFolder.Find(_root, target);

        Assert.Equal(SiteLookupKind.FolderWithoutSlash, lookup.Kind);
        Assert.Equal(location, lookup.Location);
    }

    [Theory]
    [InlineData("/empty/")]                    // a folder without index.html is not listed
    [InlineData("/articles/")]
    [InlineData("/missing.html")]
    [InlineData("/index.html/")]               // a file is no folder
    [InlineData("/.gitkeep")]                  // hidden files are no part of the site
    [InlineData("/%252e%252e/secret.txt")]     // double encoding: a folder literally named %2e%2e, which does not exist
    public void WhatTheSiteDoesNotHave_IsMissing(string target) =>
        Assert.Equal(SiteLookupKind.Missing, SiteFolder.Find(_root, target).Kind);

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/articles/../../secret.txt")]
    [InlineData("/articles/./nato/")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2E%2E/secret.txt")]
    [InlineData("/.%2e/secret.txt")]
    [InlineData("/%2e./secret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/%2e%2e%2fsecret.txt")]
    [InlineData("/articles%2f..%2f..%2fsecret.txt")]
    [InlineData("/..\\secret.txt")]
    [InlineData("/..%5csecret.txt")]
    [InlineData("/articles\\nato\\index.html")]
    [InlineData("//etc/passwd")]
    [InlineData("//secret.txt")]
    [InlineData("/C:/Windows/win.ini")]
    [InlineData("/index.html%00.txt")]
    [InlineData("/index.html\0")]
    [InlineData("/%0aindex.html")]
    [InlineData("/%zz")]
    [InlineData("/%C0%AE%C0%AE/secret.txt")]   // overlong UTF-8 for "..": not valid UTF-8
    [InlineData("/Қазақ/")]                    // raw non-ASCII: not a well-formed request line
    [InlineData("http://127.0.0.1/index.html")]
    [InlineData("*")]
    [InlineData("")]
    [InlineData("/../output-secret.txt")]
    public void APathThatCouldLeadOutside_IsRefused(string target) =>
        Assert.Equal(SiteLookupKind.Refused, SiteFolder.Find(_root, target).Kind);

    [Fact]
    public void ALinkInsideTheFolder_LeadingOutside_IsNotFollowed()
    {
        var link = Path.Combine(_root, "assets", "linked.txt");
        try
        {
            File.CreateSymbolicLink(link, _temp.Combine("secret.txt"));
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            Assert.Skip($"This system does not let the tests make symbolic links: {ex.Message}");
        }

        Assert.Equal(SiteLookupKind.Missing, SiteFolder.Find(_root, "/assets/linked.txt").Kind);
    }

    private void Write(string relative)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, relative);
    }
}
