using System.Security.Cryptography;
using KzEdition.Cli.Tests.Support;
using static KzEdition.Cli.Tests.Support.CommandLine;

namespace KzEdition.Cli.Tests.Commands;

/// <summary>
/// Issue 19's failures, each with its exact input, as a user meets them: the build exits 1 with a
/// message naming the file (and line), the previous output stays as it was, and nothing is written
/// outside the output folder (or, for import, outside input/articles/).
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "kzedition-hostile-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly string _input;
    private readonly string _output;
    private readonly string _theme = RepoFolders.Theme;

    public HostileInputTests()
    {
        // Deep enough that "../../../escaped" from input/articles/ stays inside _root, where the test can look for it.
        _input = RepoFolders.Copy(RepoFolders.Input, Path.Combine(_root, "a", "b", "input"));
        _output = Path.Combine(_root, "a", "b", "output");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>Item 5: <c>slug: ".."</c> overwrote the home page with exit 0; <c>../../evil</c> gave exit 70.</summary>
    [Theory]
    [InlineData("\"..\"", "..")]
    [InlineData("../../evil", "../../evil")]
    [InlineData("index", null)]
    public async Task ASlugThatIsAPathOrAReservedName_Exits1_NamingFileLineAndValue_AndKeepsTheOutput(string yaml, string? shown)
    {
        var before = await BuildGood();
        AddToFirstArticle($"slug: {yaml}");

        var (exit, _, stderr) = await Build();

        Assert.Equal(1, exit);
        Assert.StartsWith(
            shown is null
                ? $"{_input}/editorial/articles.yml(14,11): error: the slug 'index' is reserved for the site's own pages"
                : $"{_input}/editorial/articles.yml(14,11): error: a slug is lowercase ASCII letters, digits and hyphens ([a-z0-9-]+), not '{shown}'",
            stderr,
            StringComparison.Ordinal);
        AssertUnchanged(before);
    }

    /// <summary>Item 5: <c>import</c> with a slug <c>../../../escaped</c> wrote a file outside input/.</summary>
    [Fact]
    public async Task Import_WithASlugLeadingOutOfItsFolder_Exits1_AndWritesNothing()
    {
        AddToFirstArticle("slug: ../../../escaped");
        var files = AllFiles();

        var (exit, _, stderr) = await Run("import", "--input", _input);

        Assert.Equal(1, exit);
        Assert.Contains("editorial/articles.yml(14,11): error: a slug is lowercase ASCII letters, digits and hyphens ([a-z0-9-]+), not '../../../escaped'", stderr, StringComparison.Ordinal);
        Assert.Equal(files, AllFiles());
    }

    /// <summary>Item 3: <c>lang:</c> in editorial/articles.yml went unescaped into attributes on many pages.</summary>
    [Fact]
    public async Task ALangCarryingMarkup_Exits1_NamingFileLineAndValue()
    {
        var before = await BuildGood();
        AddToFirstArticle("lang: 'kk\" onmouseover=\"alert(1)'");

        var (exit, _, stderr) = await Build();

        Assert.Equal(1, exit);
        Assert.StartsWith($"{_input}/editorial/articles.yml(14,11): error: lang is a language tag of two or three lowercase letters, maybe with subtags (kk, ru, kk-Latn), not 'kk\" onmouseover=\"alert(1)'", stderr, StringComparison.Ordinal);
        AssertUnchanged(before);
    }

    /// <summary>Item 3: <c>lang:</c> in a corrected article's front matter.</summary>
    [Fact]
    public async Task ALangCarryingMarkup_InACorrectedArticle_Exits1_NamingFileAndLine()
    {
        Assert.Equal(0, (await Run("import", "--input", _input)).Exit);
        var article = Directory.EnumerateFiles(Path.Combine(_input, "articles"), "*.md").Order(StringComparer.Ordinal).First();
        var lines = File.ReadAllLines(article).ToList();
        var lang = lines.FindIndex(l => l.StartsWith("lang:", StringComparison.Ordinal));
        lines[lang] = "lang: 'kk\"><script>alert(1)</script>'";
        File.WriteAllLines(article, lines);

        var (exit, _, stderr) = await Build();

        Assert.Equal(1, exit);
        Assert.Contains($"{Path.GetFileName(article)}({lang + 1},1): error: lang is a language tag", stderr, StringComparison.Ordinal);
    }

    /// <summary>Item 3: <c>language:</c> in edition.yml (about 20 templates) and the base URL (404.html).</summary>
    [Theory]
    [InlineData("language: kk", "language: 'kk\"><script>alert(1)</script>'", "edition.yml({line},1): error: language is a language tag")]
    [InlineData("base_url:", "base_url: 'https://x.org/\"><script>alert(1)</script>'", "edition.yml({line},1): error: base_url must be an absolute http(s) URL, not 'https://x.org/\"><script>alert(1)</script>'")]
    public async Task ASettingCarryingMarkup_Exits1_NamingFileAndLine(string line, string hostile, string message)
    {
        var before = await BuildGood();
        var edition = Path.Combine(_input, "edition.yml");
        // The line the setting stands on in the real edition.yml, which the error must name.
        var number = Array.IndexOf(File.ReadAllLines(edition), line) + 1;
        Assert.True(number > 0, $"edition.yml has no line '{line}'");
        message = message.Replace("{line}", number.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        File.WriteAllText(edition, File.ReadAllText(edition).Replace("\n" + line + "\n", "\n" + hostile + "\n", StringComparison.Ordinal));

        var (exit, _, stderr) = await Build();

        Assert.Equal(1, exit);
        Assert.StartsWith($"{_input}/{message}", stderr, StringComparison.Ordinal);
        AssertUnchanged(before);
    }

    [Fact]
    public async Task ABaseUrlOptionCarryingMarkup_Exits1()
    {
        var (exit, _, stderr) = await Build("--base-url", "https://x.org/\"><script>alert(1)</script>");

        Assert.Equal(1, exit);
        Assert.StartsWith("error: --base-url must be an absolute http(s) URL, not 'https://x.org/\"><script>alert(1)</script>'", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_output));
    }

    /// <summary>Item 8's page names that are the site's own files, and a page named like a folder of the site.</summary>
    [Theory]
    [InlineData("edition.json.md")]
    [InlineData("404.html.md")]
    [InlineData("index.md")]
    [InlineData("search.md")]
    public async Task APageNamedLikeTheSitesOwnFiles_Exits1_NamingIt(string name)
    {
        var before = await BuildGood();
        File.Copy(Path.Combine(_input, "pages", "about.md"), Path.Combine(_input, "pages", name));

        var (exit, _, stderr) = await Build();

        Assert.Equal(1, exit);
        Assert.StartsWith($"{_input}/pages/{name}: error: ", stderr, StringComparison.Ordinal);
        AssertUnchanged(before);
    }

    /// <summary>Item 6: a symbolic link to /etc/passwd was published; one to /dev/zero gave exit 70.</summary>
    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("/dev/zero")]
    [InlineData("/no/such/file")]
    public async Task ASymbolicLinkInSources_Exits1_NamingIt_AndPublishesNothingOfItsTarget(string target)
    {
        var before = await BuildGood();
        File.CreateSymbolicLink(Path.Combine(_input, "sources", "005_link.txt"), target);

        var (exit, _, stderr) = await Build();

        Assert.Equal(1, exit);
        Assert.StartsWith($"{_input}/sources/005_link.txt: error: a symbolic link, not a regular file", stderr, StringComparison.Ordinal);
        AssertUnchanged(before);
    }

    /// <summary>Item 6: a folder of the input that is a symbolic link let the build read files from anywhere.</summary>
    [Theory]
    [InlineData("sources")]
    [InlineData("editorial")]
    public async Task AFolderOfTheInputThatIsASymbolicLink_Exits1_NamingIt(string folder)
    {
        var before = await BuildGood();
        var elsewhere = Path.Combine(Path.GetDirectoryName(_input)!, "elsewhere-" + folder);
        Directory.Move(Path.Combine(_input, folder), elsewhere);
        Directory.CreateSymbolicLink(Path.Combine(_input, folder), elsewhere);

        var (exit, _, stderr) = await Build();

        Assert.Equal(1, exit);
        Assert.StartsWith($"{_input}/{folder}: error: a symbolic link to a folder", stderr, StringComparison.Ordinal);
        AssertUnchanged(before);
    }

    /// <summary>Item 6: a FIFO hung the build (it was opened before its type was looked at).</summary>
    [Theory]
    [InlineData("sources/005_fifo.txt")]
    [InlineData("pages/fifo.md")]
    [InlineData("editorial/fifo.yml")]
    public async Task AFifo_Exits1_NamingIt_WithoutWaitingForAWriter(string name)
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "a FIFO is told from a file by statx(2), on Linux");
        var path = Path.Combine(_input, name);
        File.Delete(path);
        Assert.Equal(0, MakeFifo(path));

        var build = Build();
        var finished = await Task.WhenAny(build, Task.Delay(TimeSpan.FromSeconds(120), TestContext.Current.CancellationToken));

        Assert.Same(build, finished);
        var (exit, _, stderr) = await build;
        Assert.Equal(1, exit);
        Assert.StartsWith($"{_input}/{name}: error: a FIFO, a device or a socket, not a regular file", stderr, StringComparison.Ordinal);
    }

    /// <summary>Reads are bounded: a source past 50 MB is an error naming it and the bound (a sparse file: nothing is read).</summary>
    [Fact]
    public async Task ASourceOverTheSizeBound_Exits1_NamingItAndTheBound()
    {
        using (var big = File.Create(Path.Combine(_input, "sources", "005_big.txt")))
        {
            big.SetLength((50L * 1024 * 1024) + 1);
        }

        var (exit, _, stderr) = await Build();

        Assert.Equal(1, exit);
        Assert.StartsWith($"{_input}/sources/005_big.txt: error: too large: 52,428,801 bytes or more; an input file may be at most 50 MB (52,428,800 bytes)", stderr, StringComparison.Ordinal);
    }

    /// <summary>Item 4: a javascript: link in pages/*.md became a clickable link; now text, with a warning naming file and line.</summary>
    [Fact]
    public async Task AJavascriptLinkInAPage_IsText_AndWarnedOf_WithFileAndLine()
    {
        var about = Path.Combine(_input, "pages", "about.md");
        var lines = File.ReadAllLines(about).Length;
        File.AppendAllText(about, "\n[Click](javascript:alert(1))\n");

        var (exit, stdout, stderr) = await Build();

        Assert.Equal(0, exit);
        Assert.Contains($"{_input}/pages/about.md({lines + 2},1): warning: a link to 'javascript:alert(1)' is shown as text", stdout + stderr, StringComparison.Ordinal);
        var html = File.ReadAllText(Path.Combine(_output, "about", "index.html"));
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.Contains("<p>Click</p>", html, StringComparison.Ordinal);
    }

    private async Task<Dictionary<string, string>> BuildGood()
    {
        Assert.Equal(0, (await Build()).Exit);
        return Snapshot(_output);
    }

    private Task<(int Exit, string Stdout, string Stderr)> Build(params string[] more) =>
        Run(["build", "-i", _input, "-o", _output, "--theme", _theme, .. more]);

    /// <summary>Adds a line to the first article decision of editorial/articles.yml: line 14, column 5 (its value at column 11 for "slug:"/"lang:").</summary>
    private void AddToFirstArticle(string line)
    {
        var file = Path.Combine(_input, "editorial", "articles.yml");
        var lines = File.ReadAllLines(file).ToList();
        Assert.Equal("    title: Қазақстан мен НАТО ынтымақтастығының жаңа бағыттары", lines[12]);
        lines.Insert(13, "    " + line);
        File.WriteAllLines(file, lines);
    }

    private void AssertUnchanged(Dictionary<string, string> before) => Assert.Equal(before, Snapshot(_output));

    /// <summary>Every file under the test's root (input, output and the folders above them).</summary>
    private SortedSet<string> AllFiles() => [.. Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories)];

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);

    private static int MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        return mkfifo.ExitCode;
    }
}
