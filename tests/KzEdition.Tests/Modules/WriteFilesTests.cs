using KzEdition.Building;
using KzEdition.Engine;
using KzEdition.Modules;
using KzEdition.Tests.Engine;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Modules;

public sealed class WriteFilesTests
{
    [Fact]
    public async Task ADocumentInParts_IsWrittenAsTheirConcatenation_InUtf8()
    {
        using var temp = new TempDirectory();
        var parts = new ContentParts(["<p>Қазақстан", new string('ә', 100_000), " және НАТО</p>", ""]);
        var document = Document.Create(null, "print/index.html", "").With(Keys.ContentParts, parts);

        await new WriteFiles(temp.Path).ExecuteAsync([document], new FakeExecutionContext(TestContext.Current.CancellationToken));

        Assert.Equal(string.Concat(parts.Parts), File.ReadAllText(temp.Combine("print", "index.html")));
        Assert.Empty(Directory.EnumerateFiles(temp.Combine("print"), "*.kzedition-partial"));
    }

    [Fact]
    public async Task InPlace_TheSamePartsAreNotWrittenAgain_AndChangedOnesAre()
    {
        using var temp = new TempDirectory();
        var cache = new BuildCache();
        var context = new FakeExecutionContext(TestContext.Current.CancellationToken);
        var first = new ContentParts(["a", "б"]);
        async Task<IReadOnlyList<string>> Write(ContentParts parts, bool inPlace)
        {
            cache.StartWriting(inPlace);
            await new WriteFiles(temp.Path, cache).ExecuteAsync([Document.Create(null, "print/index.html", "").With(Keys.ContentParts, parts)], context);
            cache.FinishWriting(temp.Path);
            return cache.Changed;
        }

        Assert.Equal(["print/index.html"], await Write(first, inPlace: false));
        // The very parts: recognised by identity, not hashed, not even looked for on disk.
        File.Delete(temp.Combine("print", "index.html"));
        Assert.Empty(await Write(first, inPlace: true));
        Assert.False(File.Exists(temp.Combine("print", "index.html")));
        Assert.Equal(["print/index.html"], await Write(new ContentParts(["a", "б"]), inPlace: true)); // equal parts: hashed, and the missing file written
        Assert.Equal("aб", File.ReadAllText(temp.Combine("print", "index.html")));
        Assert.Empty(await Write(new ContentParts(["a", "б"]), inPlace: true)); // equal parts: hashed, not written
        Assert.Equal(["print/index.html"], await Write(new ContentParts(["a", "в"]), inPlace: true));
        Assert.Equal("aв", File.ReadAllText(temp.Combine("print", "index.html")));
    }
}
