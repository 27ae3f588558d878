using KzEdition.Building;
using KzEdition.Engine;

namespace KzEdition.Tests.Building;

/// <summary>Two documents never meet in one place of the output: the second is an input error naming both, not the file system's exception.</summary>
public sealed class OutputClaimsTests
{
    [Theory]
    [InlineData("edition.json", "edition.json/index.html", "where a file and a folder of one name would meet")]   // a page named edition.json.md
    [InlineData("edition.json/index.html", "edition.json", "where a file and a folder of one name would meet")]
    [InlineData("articles/a/index.html", "articles/a/index.html", "two documents would be written to 'articles/a/index.html': ")]
    public void ASecondDocumentInTheSamePlace_IsAnErrorNamingBoth(string first, string second, string expected)
    {
        var claims = new OutputClaims();
        claims.Claim(first, "a generated page", null);

        var error = Assert.Throws<BuildException>(() => claims.Claim(second, "input/pages/x.md", "input/pages/x.md"));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Contains(expected, diagnostic.Message, StringComparison.Ordinal);
        Assert.EndsWith("a generated page and input/pages/x.md", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("input/pages/x.md", diagnostic.File);
    }

    [Fact]
    public void FilesBesideEachOther_AndInOneFolder_AreClaimed()
    {
        var claims = new OutputClaims();

        claims.Claim("index.html", "home", null);
        claims.Claim("index/index.html", "indices", null);
        claims.Claim("index/persons/index.html", "persons", null);

        Assert.Equal(3, claims.Files.Count);
    }
}
