using CsCheck;
using KzEdition.Building;
using KzEdition.Engine;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Building;

/// <summary>What the preview's output does from build to build, played out call by call.</summary>
public sealed class SessionOutputTests
{
    private static Document Page(string destination, object content) => content switch
    {
        ContentParts parts => Document.Create(null, destination).With(Keys.Parts, parts),
        _ => Document.Create(null, destination).With(Keys.Text, (string)content),
    };

    private static IReadOnlyList<string> Build(SessionFiles known, string folder, bool inPlace, params Document[] documents)
    {
        var output = new SessionOutput(known, folder, inPlace);
        foreach (var document in documents)
        {
            output.Write(document);
        }

        output.Commit();
        return output.Changed;
    }

    [Fact]
    public void InPlace_TheSameContentObjectIsNotEncodedAgain_EqualContentIsNotWritten_ChangedContentIs()
    {
        using var temp = new TempDirectory();
        var known = new SessionFiles();
        var first = new ContentParts(["a", "б"]);

        Assert.Equal(["print/index.html"], Build(known, temp.Path, inPlace: false, Page("print/index.html", first)));

        // The very parts: recognised by identity, not hashed, not even looked for on disk.
        File.Delete(temp.Combine("print", "index.html"));
        Assert.Empty(Build(known, temp.Path, inPlace: true, Page("print/index.html", first)));
        Assert.False(File.Exists(temp.Combine("print", "index.html")));

        // Equal parts: hashed, and the missing file written; then hashed and not written.
        Assert.Equal(["print/index.html"], Build(known, temp.Path, inPlace: true, Page("print/index.html", new ContentParts(["a", "б"]))));
        Assert.Equal("aб", File.ReadAllText(temp.Combine("print", "index.html")));
        Assert.Empty(Build(known, temp.Path, inPlace: true, Page("print/index.html", new ContentParts(["a", "б"]))));

        Assert.Equal(["print/index.html"], Build(known, temp.Path, inPlace: true, Page("print/index.html", new ContentParts(["a", "в"]))));
        Assert.Equal("aв", File.ReadAllText(temp.Combine("print", "index.html")));
    }

    [Fact]
    public void InPlace_AFailedBuildWritesNothing_AndTheNextBuildStartsFromWhatIsThere()
    {
        using var temp = new TempDirectory();
        var known = new SessionFiles();
        Build(known, temp.Path, inPlace: false, Page("index.html", "first"));

        // A build that fails: the changed file is held back, never committed.
        new SessionOutput(known, temp.Path, inPlace: true).Write(Page("index.html", "second"));
        Assert.Equal("first", File.ReadAllText(temp.Combine("index.html")));

        Assert.Empty(Build(known, temp.Path, inPlace: true, Page("index.html", new string("first"))));
        Assert.Equal(["index.html"], Build(known, temp.Path, inPlace: true, Page("index.html", "third")));
        Assert.Equal("third", File.ReadAllText(temp.Combine("index.html")));
    }

    [Fact]
    public void InPlace_ACommitWhoseWriteFails_LeavesTheFilesItDidNotWriteToTheNextBuild_AndDeletesNothing()
    {
        using var temp = new TempDirectory();
        var known = new SessionFiles();
        Build(known, temp.Path, inPlace: false, Page("a.html", "a1"), Page("b.html", "b1"), Page("c.html", "c1"), Page("gone.html", "gone"));

        // b.html cannot be written (a folder stands in its place): a.html is written before it, c.html not.
        File.Delete(temp.Combine("b.html"));
        Directory.CreateDirectory(temp.Combine("b.html"));
        Assert.ThrowsAny<Exception>(() => Build(known, temp.Path, inPlace: true, Page("a.html", "a2"), Page("b.html", "b2"), Page("c.html", "c2")));
        Assert.Equal("a2", File.ReadAllText(temp.Combine("a.html")));
        Assert.Equal("c1", File.ReadAllText(temp.Combine("c.html")));
        Assert.True(File.Exists(temp.Combine("gone.html")));

        // The same build again, the folder gone: what the failed one did not write is written, what it did is not, and the file no longer made is deleted.
        Directory.Delete(temp.Combine("b.html"));
        Assert.Equal(["b.html", "c.html", "gone.html"], Build(known, temp.Path, inPlace: true, Page("a.html", "a2"), Page("b.html", "b2"), Page("c.html", "c2")));
        Assert.Equal("b2", File.ReadAllText(temp.Combine("b.html")));
        Assert.Equal("c2", File.ReadAllText(temp.Combine("c.html")));
        Assert.False(File.Exists(temp.Combine("gone.html")));
    }

    [Fact]
    public void InPlace_FilesNoLongerMadeAreDeleted_AndUnchangedOnesKept()
    {
        using var temp = new TempDirectory();
        var known = new SessionFiles();
        Build(known, temp.Path, inPlace: false, Page("kept.html", "kept"), Page("gone/index.html", "gone"));

        Assert.Equal(["gone/index.html"], Build(known, temp.Path, inPlace: true, Page("kept.html", "kept")));

        Assert.False(File.Exists(temp.Combine("gone", "index.html")));
        Assert.Equal("kept", File.ReadAllText(temp.Combine("kept.html")));
        Assert.Empty(Build(known, temp.Path, inPlace: true, Page("kept.html", "kept")));
    }

    [Fact]
    public void InPlace_ALongerFileWrittenOverByAShorterOne_IsCutToItsLength()
    {
        using var temp = new TempDirectory();
        var known = new SessionFiles();
        Build(known, temp.Path, inPlace: false, Page("a.html", new string('x', 1000)));

        Build(known, temp.Path, inPlace: true, Page("a.html", "short"));

        Assert.Equal("short", File.ReadAllText(temp.Combine("a.html")));
    }

    [Fact]
    public void TwoDocumentsForOneFile_AreAnErrorNamingBoth()
    {
        using var temp = new TempDirectory();
        var output = new SessionOutput(new SessionFiles(), temp.Path, inPlace: false);
        output.Write(Document.Create("input/pages/search.md", "search/index.html").With(Keys.Text, "a page"));

        var ex = Assert.Throws<BuildException>(() => output.Write(Document.Create(null, "search/index.html").With(Keys.Text, "the search page")));

        Assert.Contains("a generated page and input/pages/search.md", Assert.Single(ex.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InPlace_ADocumentInParts_OneOfWhichChanged_IsWrittenWholeFromItsParts_AndEqualPartsAreNotWritten()
    {
        using var temp = new TempDirectory();
        var known = new SessionFiles();
        string[] parts = ["<p>бірінші</p>", "<p>екінші</p>", "<p>үшінші</p>"];
        Build(known, temp.Path, inPlace: false, Page("print/index.html", new ContentParts([.. parts])));

        // The first two parts the very strings of the last build, the third new.
        Assert.Equal(["print/index.html"], Build(known, temp.Path, inPlace: true, Page("print/index.html", new ContentParts([parts[0], parts[1], "<p>төртінші</p>"]))));
        Assert.Equal("<p>бірінші</p><p>екінші</p><p>төртінші</p>", File.ReadAllText(temp.Combine("print", "index.html")));

        // Every part a new string of the same text: hashed again, found equal, not written.
        File.SetLastWriteTimeUtc(temp.Combine("print", "index.html"), new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        Assert.Empty(Build(known, temp.Path, inPlace: true, Page("print/index.html", new ContentParts([new string(parts[0]), new string(parts[1]), new string("<p>төртінші</p>")]))));
        Assert.Equal(2001, File.GetLastWriteTimeUtc(temp.Combine("print", "index.html")).Year);

        // Shorter than before: cut to its length.
        Assert.Equal(["print/index.html"], Build(known, temp.Path, inPlace: true, Page("print/index.html", new ContentParts([parts[0]]))));
        Assert.Equal("<p>бірінші</p>", File.ReadAllText(temp.Combine("print", "index.html")));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ASurrogatePairSplitBetweenTwoParts_IsWrittenAsOneCharacter(bool inPlace)
    {
        using var temp = new TempDirectory();
        var known = new SessionFiles();
        if (inPlace)
        {
            Build(known, temp.Path, inPlace: false, Page("a.html", "before"));
        }

        Build(known, temp.Path, inPlace, Page("a.html", new ContentParts(["x\uD83D", "\uDE00y"])));

        Assert.Equal(System.Text.Encoding.UTF8.GetBytes("x\U0001F600y"), File.ReadAllBytes(temp.Combine("a.html")));
    }

    [Fact]
    public void PartHashes_AreTheSameForTheSameText_InNewStrings_AndDifferForOtherText()
    {
        var first = PartHashes.Of(new ContentParts(["а", "б"]), last: null);

        Assert.Equal(first.Whole, PartHashes.Of(new ContentParts([new string("а"), new string("б")]), first).Whole);
        Assert.NotEqual(first.Whole, PartHashes.Of(new ContentParts(["а", "в"]), first).Whole);
        Assert.NotEqual(first.Whole, PartHashes.Of(new ContentParts(["б", "а"]), first).Whole);
    }

    [Fact]
    public void InPlace_ADocumentInParts_IsWrittenFromItsFirstChangedPartOn()
    {
        using var temp = new TempDirectory();
        var known = new SessionFiles();
        string[] parts = ["<head>", "<p>бірінші</p>", "<p>екінші</p>", "<p>үшінші</p>"];
        var file = temp.Combine("print", "index.html");
        Build(known, temp.Path, inPlace: false, Page("print/index.html", new ContentParts([.. parts])));

        // A mark in the first part, put there behind the build's back at the same length: the next
        // write, whose first change is the third part, leaves the bytes before it alone.
        var marked = File.ReadAllBytes(file);
        marked[1] = (byte)'H';
        File.WriteAllBytes(file, marked);
        Build(known, temp.Path, inPlace: true, Page("print/index.html", new ContentParts([parts[0], parts[1], "<p>екінші, түзетілген</p>", parts[3]])));
        Assert.Equal("<Head><p>бірінші</p><p>екінші, түзетілген</p><p>үшінші</p>", File.ReadAllText(file));

        // A file not of the length it was left at (changed by someone else) is written whole.
        File.AppendAllText(file, "!");
        Build(known, temp.Path, inPlace: true, Page("print/index.html", new ContentParts([parts[0], parts[1], parts[2], parts[3]])));
        Assert.Equal(string.Concat(parts), File.ReadAllText(file));

        // Shorter, from the second part on.
        Build(known, temp.Path, inPlace: true, Page("print/index.html", new ContentParts([parts[0], "<p>1</p>"])));
        Assert.Equal("<head><p>1</p>", File.ReadAllText(file));
    }

    [Fact]
    public void InPlace_APartEndingInHalfASurrogatePair_IsWrittenAgainWithTheNext()
    {
        using var temp = new TempDirectory();
        var known = new SessionFiles();
        var file = temp.Combine("a.html");
        Build(known, temp.Path, inPlace: false, Page("a.html", new ContentParts(["a\uD83D", "\uDE00b", "c"])));

        Build(known, temp.Path, inPlace: true, Page("a.html", new ContentParts(["a\uD83D", "\uDE00b", "d"])));
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes("a\U0001F600bd"), File.ReadAllBytes(file));

        Build(known, temp.Path, inPlace: true, Page("a.html", new ContentParts(["a\uD83D", "\uDE01x", "d"])));
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes("a\U0001F601xd"), File.ReadAllBytes(file));
    }

    [Fact]
    public void InPlace_ADocumentInParts_KeepsItsUnchangedEnd_MovedAsBytes_WhereTheChangedPartsGrowOrShrink()
    {
        using var temp = new TempDirectory();
        var known = new SessionFiles();
        string[] parts = ["<head>", "<p>бірінші</p>", "<p>екінші</p>", "<p>үшінші</p>", "<end>"];
        var file = temp.Combine("print", "index.html");
        Build(known, temp.Path, inPlace: false, Page("print/index.html", new ContentParts([.. parts])));

        // A mark in the last part, put there behind the build's back at the same length: the end
        // after the changed part is moved as the file holds it, not encoded again.
        void Mark()
        {
            var marked = File.ReadAllBytes(file);
            marked[^2] = (byte)'D';
            File.WriteAllBytes(file, marked);
        }

        Mark();
        Build(known, temp.Path, inPlace: true, Page("print/index.html", new ContentParts([parts[0], parts[1], "<p>екінші, түзетілген, ұзарған</p>", parts[3], parts[4]])));
        Assert.Equal("<head><p>бірінші</p><p>екінші, түзетілген, ұзарған</p><p>үшінші</p><enD>", File.ReadAllText(file));

        Build(known, temp.Path, inPlace: true, Page("print/index.html", new ContentParts([parts[0], "<p>1</p>", "<p>2</p>", parts[3], parts[4]])));
        Assert.Equal("<head><p>1</p><p>2</p><p>үшінші</p><enD>", File.ReadAllText(file));

        // The same number of bytes (ж and ш are two each): nothing to move.
        Build(known, temp.Path, inPlace: true, Page("print/index.html", new ContentParts([parts[0], "<p>ж</p>", "<p>2</p>", parts[3], parts[4]])));
        Assert.Equal("<head><p>ж</p><p>2</p><p>үшінші</p><enD>", File.ReadAllText(file));

        // Parts added and removed in the middle.
        Build(known, temp.Path, inPlace: true, Page("print/index.html", new ContentParts([parts[0], parts[3], parts[4]])));
        Assert.Equal("<head><p>үшінші</p><enD>", File.ReadAllText(file));
    }

    /// <summary>A file made from text between two builds in parts: the second is written whole, not from the first's lengths (the file holds the text's bytes).</summary>
    [Fact]
    public void InPlace_ADocumentInParts_AfterABuildThatMadeItText_IsWrittenWhole()
    {
        using var temp = new TempDirectory();
        var known = new SessionFiles();
        var file = temp.Combine("a.html");
        Build(known, temp.Path, inPlace: false, Page("a.html", new ContentParts(["AAAA", "BBBB", "CCCC"])));
        Build(known, temp.Path, inPlace: true, Page("a.html", "xxxxyyyyzzzz"));

        Build(known, temp.Path, inPlace: true, Page("a.html", new ContentParts(["AAAA", "QQ", "CCCC"])));

        Assert.Equal("AAAAQQCCCC", File.ReadAllText(file));
    }

    /// <summary>
    /// Whatever parts change, are added or removed from build to build, with surrogate pairs split
    /// between parts anywhere, the file holds the parts' text as UTF-8: the kept beginning, the
    /// moved end and the parts encoded between them always add up to the whole.
    /// </summary>
    [Fact]
    public void InPlace_ADocumentInParts_AfterRandomEdits_HoldsItsPartsAsUtf8()
    {
        var part = Gen.OneOf(Gen.Const(""), Gen.OneOf("а", "x", "\uD83D", "\uDE00", "ұзын мәтін ").Array[1, 4].Select(string.Concat));
        var edit = Gen.Select(Gen.Int[0, 2], Gen.Int[0, 100], part); // 0 replace, 1 insert, 2 remove
        Gen.Select(part.Array[0, 8], edit.Array[1, 3].Array[1, 5]).Sample((first, steps) =>
        {
            using var temp = new TempDirectory();
            var known = new SessionFiles();
            var file = temp.Combine("a.html");
            var parts = first.ToList();
            Build(known, temp.Path, inPlace: false, Page("a.html", new ContentParts([.. parts])));
            foreach (var step in steps)
            {
                foreach (var (what, at, text) in step)
                {
                    var i = parts.Count == 0 ? 0 : at % parts.Count;
                    if (what == 1 || parts.Count == 0)
                    {
                        parts.Insert(i, text);
                    }
                    else if (what == 0)
                    {
                        parts[i] = text;
                    }
                    else
                    {
                        parts.RemoveAt(i);
                    }
                }

                Build(known, temp.Path, inPlace: true, Page("a.html", new ContentParts([.. parts])));
                Assert.Equal(System.Text.Encoding.UTF8.GetBytes(string.Concat(parts)), File.ReadAllBytes(file));
            }
        }, seed: "0N0XIzNsQ0O2", iter: 300, threads: 1);
    }
}
