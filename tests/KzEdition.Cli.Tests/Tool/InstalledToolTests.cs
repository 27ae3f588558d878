using KzEdition.Building;
using KzEdition.Cli.Tests.Support;

namespace KzEdition.Cli.Tests.Tool;

/// <summary>
/// The packed and installed <c>kzedition</c> (issue 18), as an editor of another collection uses it:
/// outside this repository, with no theme/ of their own, started from any folder.
/// </summary>
[Collection(InstalledToolCollection.Name)]
public sealed class InstalledToolTests(InstalledTool tool) : IDisposable
{
    private readonly string _root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "kzedition-use-" + Guid.NewGuid().ToString("N")[..12])).FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Version_NamesTheVersionAndTheCommit_AndHelpNamesTheCommandKzedition()
    {
        var (exit, stdout, _) = await tool.RunAsync(_root, "--version");

        Assert.Equal(0, exit);
        Assert.Matches(@"^kzedition \d+\.\d+\.\d+ \(commit ([0-9a-f]{40}|unknown)\)\n$", stdout);
        if (await Head() is { } head)
        {
            Assert.Contains($"(commit {head})", stdout, StringComparison.Ordinal);
        }

        var help = await tool.RunAsync(_root, "--help");
        Assert.Contains("kzedition [command] [options]", help.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("KzEdition.Cli", help.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_BuildsAtOnce_AndWithTheRealInputCopiedIn_BuildsWhatTheRepositoryBuilds()
    {
        var edition = Path.Combine(_root, "edition");
        var made = await tool.RunAsync(_root, "new", edition);
        Assert.Equal(0, made.Exit);
        Assert.Contains("Next steps:", made.Stdout, StringComparison.Ordinal);

        // At once: an empty edition, saying what to do next.
        var empty = await tool.RunAsync(edition, "build");
        Assert.Equal((0, ""), (empty.Exit, empty.Stderr));
        Assert.Contains("The edition is empty: put the raw texts (.txt) in input/sources/", empty.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(edition, "output", "index.html")));

        // The real input over the scaffold (its sources/README.md stays: it is no source), no theme/.
        RepoFolders.CopyOver(RepoFolders.Input, Path.Combine(edition, "input"));
        Assert.False(Directory.Exists(Path.Combine(edition, "theme")));
        var built = await tool.RunAsync(edition, "build");
        Assert.Equal((0, ""), (built.Exit, built.Stderr));

        var repository = Path.Combine(_root, "repository-output");
        await EditionBuilder.BuildAsync(new BuildOptions(RepoFolders.Input, repository, Theme: RepoFolders.Theme), cancellationToken: TestContext.Current.CancellationToken);
        Assert.Empty(FolderComparison.Differences(repository, Path.Combine(edition, "output")));
    }

    [Fact]
    public async Task Build_OfAnInputGivenByItsAbsolutePath_FromAnotherFolder_Works()
    {
        var input = RepoFolders.Copy(RepoFolders.Input, Path.Combine(_root, "collection", "input"));
        var elsewhere = Directory.CreateDirectory(Path.Combine(_root, "elsewhere")).FullName;
        var output = Path.Combine(_root, "site");

        var (exit, stdout, stderr) = await tool.RunAsync(elsewhere, "build", "--input", input, "--output", output);

        Assert.Equal((0, ""), (exit, stderr));
        Assert.Contains("Built 8 articles", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "assets", "style.css")));
        Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere));
    }

    [Fact]
    public async Task ThemeEject_ThenAChangedLayout_ShowsInTheNextBuild()
    {
        var edition = Path.Combine(_root, "edition");
        Assert.Equal(0, (await tool.RunAsync(_root, "new", edition)).Exit);

        var eject = await tool.RunAsync(edition, "theme", "eject");
        Assert.Equal(0, eject.Exit);
        var home = Path.Combine(edition, "theme", "layouts", "home.html");
        File.WriteAllText(home, File.ReadAllText(home).Replace("</h1>", " (our own theme)</h1>", StringComparison.Ordinal));

        var (exit, stdout, stderr) = await tool.RunAsync(edition, "build");

        Assert.Equal((0, ""), (exit, stderr));
        Assert.DoesNotContain("warning: the theme", stdout, StringComparison.Ordinal);
        Assert.Contains(" (our own theme)</h1>", File.ReadAllText(Path.Combine(edition, "output", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_WithAThemeLackingALayout_UsesTheBuiltInOne_WithAWarningNamingIt()
    {
        var edition = Path.Combine(_root, "edition");
        Assert.Equal(0, (await tool.RunAsync(_root, "new", edition)).Exit);
        Assert.Equal(0, (await tool.RunAsync(edition, "theme", "eject")).Exit);
        var builtIn = await tool.RunAsync(edition, "build", "--output", "built-in");
        File.Delete(Path.Combine(edition, "theme", "layouts", "404.html"));

        var (exit, stdout, stderr) = await tool.RunAsync(edition, "build");

        Assert.Equal((0, ""), (exit, stderr));
        Assert.Contains("theme/layouts/404.html: warning: the theme has no layout '404.html'; the built-in one is used", stdout, StringComparison.Ordinal);
        Assert.Equal(0, builtIn.Exit);
        Assert.Equal(File.ReadAllText(Path.Combine(edition, "built-in", "404.html")), File.ReadAllText(Path.Combine(edition, "output", "404.html")));
    }

    /// <summary>The commit the repository is at; null without git.</summary>
    private static async Task<string?> Head()
    {
        try
        {
            var (exit, stdout, _) = await ProcessRun.RunAsync("git", RepoFolders.Root, TimeSpan.FromSeconds(30), "rev-parse", "HEAD");
            return exit == 0 ? stdout.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
