using KzEdition.Building;
using KzEdition.Engine;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Building;

public sealed class StagingOutputTests
{
    [Fact]
    public void ADocumentInParts_IsWrittenAsTheirConcatenation_InUtf8()
    {
        using var temp = new TempDirectory();
        var parts = new ContentParts(["<p>Қазақстан", new string('ә', 100_000), " және НАТО</p>", ""]);

        new StagingOutput(temp.Path).Write(Document.Create(null, "print/index.html").With(Keys.Parts, parts));

        Assert.Equal(string.Concat(parts.Parts), File.ReadAllText(temp.Combine("print", "index.html")));
    }

    [Fact]
    public void TextIsWrittenAsUtf8WithoutBom_AndBytesAsTheyAre()
    {
        using var temp = new TempDirectory();
        var output = new StagingOutput(temp.Path);

        output.Write(Document.Create(null, "a.html").With(Keys.Text, "Қазақ"));
        output.Write(Document.Create(null, "assets/x.bin").With(Keys.Bytes, (ReadOnlyMemory<byte>)new byte[] { 0xEF, 0xBB, 0xBF, 1 }));

        Assert.Equal(System.Text.Encoding.UTF8.GetBytes("Қазақ"), File.ReadAllBytes(temp.Combine("a.html")));
        Assert.Equal([0xEF, 0xBB, 0xBF, 1], File.ReadAllBytes(temp.Combine("assets", "x.bin")));
    }

    [Fact]
    public void TwoDocumentsForOneFile_AreAnErrorNamingBoth()
    {
        using var temp = new TempDirectory();
        var output = new StagingOutput(temp.Path);
        output.Write(Document.Create("input/pages/search.md", "search/index.html").With(Keys.Text, "a page"));

        var ex = Assert.Throws<BuildException>(() => output.Write(Document.Create(null, "search/index.html").With(Keys.Text, "the search page")));

        var error = Assert.Single(ex.Diagnostics);
        Assert.Equal("input/pages/search.md", error.File);
        Assert.Equal("two documents would be written to 'search/index.html': a generated page and input/pages/search.md", error.Message);
    }

    [Fact]
    public void ADestinationOutsideTheFolder_IsRefused()
    {
        using var temp = new TempDirectory();

        var ex = Assert.Throws<InvalidOperationException>(() => new StagingOutput(temp.Combine("site")).Write(Document.Create(null, "../evil.html").With(Keys.Text, "x")));

        Assert.Contains("outside the output folder", ex.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Combine("evil.html")));
    }

    [Fact]
    public void ADocumentWithoutContent_IsAnInternalError()
    {
        using var temp = new TempDirectory();

        Assert.Throws<InvalidOperationException>(() => new StagingOutput(temp.Path).Write(Document.Create(null, "a.html")));
    }
}
