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

    [Fact]
    public async Task InPlace_AFileWrittenOverWithLessText_HoldsTheNewTextOnly()
    {
        using var temp = new TempDirectory();
        var cache = new BuildCache();
        var context = new FakeExecutionContext(TestContext.Current.CancellationToken);
        async Task Write(string page, ContentParts print, bool inPlace)
        {
            cache.StartWriting(inPlace);
            Document[] documents = [Document.Create(null, "a/index.html", page), Document.Create(null, "print/index.html", "").With(Keys.ContentParts, print)];
            await new WriteFiles(temp.Path, cache).ExecuteAsync([.. documents], context);
            cache.FinishWriting(temp.Path);
        }

        await Write(new string('ә', 50_000), new ContentParts([new string('ә', 50_000), "соңы"]), inPlace: false);

        // Written over where they are (not replaced): the old bytes past the new end must go.
        await Write("қысқа", new ContentParts(["қыс", "қа"]), inPlace: true);

        Assert.Equal("қысқа", File.ReadAllText(temp.Combine("a", "index.html")));
        Assert.Equal("қысқа", File.ReadAllText(temp.Combine("print", "index.html")));
        Assert.Empty(Directory.EnumerateFiles(temp.Path, "*.kzedition-partial", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task InPlace_PartsSplittingASurrogatePair_AreWrittenAsOneText()
    {
        using var temp = new TempDirectory();
        var cache = new BuildCache();
        var context = new FakeExecutionContext(TestContext.Current.CancellationToken);
        var emoji = "📖"; // two UTF-16 chars: a part may not end between them and be encoded alone
        var parts = new ContentParts(["кітап " + emoji[0], emoji[1] + " соңы"]);
        foreach (var inPlace in new[] { false, true })
        {
            cache.StartWriting(inPlace);
            await new WriteFiles(temp.Path, cache).ExecuteAsync([Document.Create(null, "print/index.html", "").With(Keys.ContentParts, new ContentParts([.. parts.Parts]))], context);
            cache.FinishWriting(temp.Path);
        }

        Assert.Equal("кітап 📖 соңы", File.ReadAllText(temp.Combine("print", "index.html")));
    }
}
