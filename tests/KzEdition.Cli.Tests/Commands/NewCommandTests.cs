using KzEdition.Cli.Tests.Support;
using static KzEdition.Cli.Tests.Support.CommandLine;

namespace KzEdition.Cli.Tests.Commands;

/// <summary><c>kzedition new DIR</c>: a new edition that builds at once, and never a file written over.</summary>
public sealed class NewCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "kzedition-new-" + Guid.NewGuid().ToString("N")[..12])).FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task New_MakesTheInputFolder_WithEverySettingCommented_AndPrintsTheNextSteps()
    {
        var edition = Path.Combine(_root, "edition");

        var (exit, stdout, stderr) = await Run("new", edition);

        Assert.Equal((0, ""), (exit, stderr));
        Assert.Contains("kzedition build", stdout, StringComparison.Ordinal);
        var settings = File.ReadAllText(Path.Combine(edition, "input", "edition.yml"));
        foreach (var key in new[] { "title", "subtitle", "editors", "language", "publisher", "year", "date", "licence", "base_url", "page_size" })
        {
            Assert.Matches($"(?m)^# {key}:", settings);
        }

        Assert.Equal(["README.md"], Directory.EnumerateFiles(Path.Combine(edition, "input", "sources")).Select(Path.GetFileName));
        Assert.True(File.Exists(Path.Combine(edition, "input", "editorial", "articles.yml")));
        Assert.True(File.Exists(Path.Combine(edition, "input", "editorial", "terms.yml")));
        Assert.True(File.Exists(Path.Combine(edition, "input", "pages", "about.md")));
    }

    [Fact]
    public async Task New_ThenBuild_GivesAnEmptyEdition_SayingWhereTheSourcesGo()
    {
        var edition = Path.Combine(_root, "edition");
        Assert.Equal(0, (await Run("new", edition)).Exit);

        // Every setting and example is commented out, so this also proves the commented files load.
        var (exit, stdout, stderr) = await Run("build", "-i", Path.Combine(edition, "input"), "-o", Path.Combine(edition, "output"));

        Assert.Equal((0, ""), (exit, stderr));
        Assert.Contains("input/sources: warning: holds no source files yet", stdout, StringComparison.Ordinal);
        Assert.Contains("The edition is empty: put the raw texts (.txt) in", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(edition, "output", "index.html")));
    }

    [Fact]
    public async Task New_IntoAFolderThatHoldsAnything_Refuses_AndWritesNothing()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "taken")).FullName;
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "мәтін");

        var (exit, stdout, stderr) = await Run("new", folder);

        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        Assert.Equal($"{folder}: error: the folder is not empty; give a folder that does not exist yet, or an empty one (nothing was written)\n", stderr);
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task New_IntoAnEmptyFolder_Works()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "empty")).FullName;

        Assert.Equal(0, (await Run("new", folder)).Exit);
        Assert.True(File.Exists(Path.Combine(folder, "input", "edition.yml")));
    }
}
