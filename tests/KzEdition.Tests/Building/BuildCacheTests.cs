using KzEdition.Building;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Building;

/// <summary>What the session knows of its output files from build to build, played out call by call.</summary>
public sealed class BuildCacheTests
{
    [Fact]
    public void AFileWrittenOverByABuildThatFailed_IsWrittenAgain_EvenWithTheContentItHadBefore()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("index.html");
        File.WriteAllText(path, "first");
        var cache = new BuildCache();
        var first = "first";
        cache.StartWriting(inPlace: false);
        Assert.True(cache.NeedsWriting("index.html", "hash-1", path, first));
        cache.FinishWriting(temp.Path);

        // In place, written over, and then the build fails (no FinishWriting): the disk holds the new text.
        cache.StartWriting(inPlace: true);
        Assert.True(cache.NeedsWriting("index.html", "hash-2", path, "second"));
        File.WriteAllText(path, "second");

        // The next build makes the first text again: the file must be written, by hash or by identity.
        cache.StartWriting(inPlace: true);
        Assert.False(cache.IsUnchanged("index.html", first));
        Assert.True(cache.NeedsWriting("index.html", "hash-1", path, first));
        cache.FinishWriting(temp.Path);
        Assert.Equal(["index.html"], cache.Changed);
    }

    [Fact]
    public void InPlace_UnchangedFilesAreSetAside_AndFilesNoLongerMadeAreDeleted()
    {
        using var temp = new TempDirectory();
        var cache = new BuildCache();
        var kept = "kept";
        foreach (var name in new[] { "kept.html", "gone/index.html" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(temp.Combine(name))!);
            File.WriteAllText(temp.Combine(name), name);
        }

        cache.StartWriting(inPlace: false);
        cache.NeedsWriting("kept.html", "k", temp.Combine("kept.html"), kept);
        cache.NeedsWriting("gone/index.html", "g", temp.Combine("gone", "index.html"), "gone");
        cache.FinishWriting(temp.Path);

        cache.StartWriting(inPlace: true);
        Assert.True(cache.IsUnchanged("kept.html", kept));
        cache.FinishWriting(temp.Path);

        Assert.Equal(["gone/index.html"], cache.Changed);
        Assert.False(File.Exists(temp.Combine("gone", "index.html")));
        Assert.True(File.Exists(temp.Combine("kept.html")));

        // Set aside again next time: what a build set aside stays known.
        cache.StartWriting(inPlace: true);
        Assert.True(cache.IsUnchanged("kept.html", kept));
        Assert.False(cache.NeedsWriting("kept.html", "k", temp.Combine("kept.html"), "an equal text, another object"));
    }
}
