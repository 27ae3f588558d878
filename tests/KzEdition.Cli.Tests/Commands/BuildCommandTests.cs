using KzEdition.Cli.Tests.Support;
using static KzEdition.Cli.Tests.Support.CommandLine;

namespace KzEdition.Cli.Tests.Commands;

/// <summary>
/// <c>kzedition build</c> as a user runs it: the exit code says whether it worked, results go to
/// standard output, errors to standard error and name the file.
/// </summary>
public sealed class BuildCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "kzedition-cli-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly string _input;
    private readonly string _output;
    private readonly string _theme;

    public BuildCommandTests()
    {
        _input = RepoFolders.Copy(RepoFolders.Input, Path.Combine(_root, "input"));
        _theme = RepoFolders.Theme;
        _output = Path.Combine(_root, "output");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Build_OnTheRealInput_ExitsZero_AndSaysWhatItBuilt()
    {
        var (exit, stdout, stderr) = await Run("build", "--input", _input, "--output", _output, "--theme", _theme);

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.Matches(@"Built \d+ articles \(\d+ files\) into .*output/ in \d+ ms\.", stdout);
        Assert.True(File.Exists(Path.Combine(_output, "index.html")));
    }

    [Fact]
    public async Task Build_WithVerbose_PrintsPerPipelineTimingsAndTheCleanersDecisions()
    {
        var (exit, stdout, _) = await Run("build", "-i", _input, "-o", _output, "--theme", _theme, "--verbose");

        Assert.Equal(0, exit);
        Assert.Contains("Pipelines:", stdout, StringComparison.Ordinal);
        foreach (var pipeline in new[] { "Sources", "Markdown", "Articles", "Home", "Manifest" })
        {
            Assert.Matches($@"(?m)^  {pipeline}\s+Process\s+\d+\.\d ms", stdout);
        }

        Assert.Contains("info: layout: hard-wrapped lines (PDF extraction)", stdout, StringComparison.Ordinal);
        Assert.Contains("removed page number: «2455»", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_WithABaseUrl_WritesTheSitemap()
    {
        var (exit, _, _) = await Run("build", "-i", _input, "-o", _output, "--theme", _theme, "--base-url", "https://example.org/edition/");

        Assert.Equal(0, exit);
        Assert.Contains("https://example.org/edition/", File.ReadAllText(Path.Combine(_output, "sitemap.xml")), StringComparison.Ordinal);

        // The two scripts' pages name each other by absolute URL once the site's address is known.
        var article = Directory.EnumerateDirectories(Path.Combine(_output, "articles")).First(d => Directory.Exists(Path.Combine(d, "latn")));
        var slug = Path.GetFileName(article);
        Assert.Contains($"hreflang=\"kk-Latn\" href=\"https://example.org/edition/articles/{slug}/latn/\"", File.ReadAllText(Path.Combine(article, "index.html")), StringComparison.Ordinal);
        Assert.Contains($"hreflang=\"kk\" href=\"https://example.org/edition/articles/{slug}/\"", File.ReadAllText(Path.Combine(article, "latn", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_WithARelativeBaseUrl_FailsWithAClearMessage()
    {
        var (exit, _, stderr) = await Run("build", "-i", _input, "-o", _output, "--theme", _theme, "--base-url", "/edition/");

        Assert.Equal(1, exit);
        Assert.Contains("--base-url must be an absolute http(s) URL, not '/edition/'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_WhenTheInputIsMissing_ExitsNonZero_NamingTheFolderOnStandardError()
    {
        var missing = Path.Combine(_root, "no-such-input");

        var (exit, stdout, stderr) = await Run("build", "--input", missing, "--output", _output, "--theme", _theme);

        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        Assert.Equal($"{missing}: error: input folder not found\nBuild failed; the previous output was left as it was.\n", stderr.ReplaceLineEndings("\n"));
        Assert.False(Directory.Exists(_output));
    }

    [Fact]
    public async Task Build_WhenEditionYmlIsBroken_ExitsNonZero_NamingFileLineAndColumn_AndKeepsTheOutput()
    {
        Assert.Equal(0, (await Run("build", "-i", _input, "-o", _output, "--theme", _theme)).Exit);
        var before = File.ReadAllText(Path.Combine(_output, "edition.json"));
        File.WriteAllText(Path.Combine(_input, "edition.yml"), "title: Қазақстан және НАТО\ntilte: қате\n");

        var (exit, _, stderr) = await Run("build", "-i", _input, "-o", _output, "--theme", _theme);

        Assert.Equal(1, exit);
        Assert.StartsWith($"{_input}/edition.yml(2,1): error: unknown key 'tilte'", stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(_output, "edition.json")));
    }

    [Fact]
    public async Task Help_ListsTheBuildOptions()
    {
        var (exit, stdout, _) = await Run("build", "--help");

        Assert.Equal(0, exit);
        foreach (var option in new[] { "--input", "--output", "--base-url", "--theme", "--verbose" })
        {
            Assert.Contains(option, stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task UnknownOption_ExitsNonZero()
    {
        var (exit, _, stderr) = await Run("build", "--no-such-option");

        Assert.NotEqual(0, exit);
        Assert.Contains("--no-such-option", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("edition.json")]
    [InlineData("report.html")]
    [InlineData("404.html")]
    public async Task Build_WithAPageNamedLikeAFileOfTheSite_ExitsOne_NamingIt_AndKeepsTheOutput(string name)
    {
        Assert.Equal(0, (await Run("build", "-i", _input, "-o", _output, "--theme", _theme)).Exit);
        var before = File.ReadAllText(Path.Combine(_output, "index.html"));
        File.WriteAllText(Path.Combine(_input, "pages", name + ".md"), "---\ntitle: Бет\n---\n\nМәтін.\n");

        var (exit, _, stderr) = await Run("build", "-i", _input, "-o", _output, "--theme", _theme);

        Assert.Equal(1, exit);
        Assert.Contains($"pages/{name}.md", stderr, StringComparison.Ordinal);
        Assert.Contains("error:", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(_output, "index.html")));
    }

    [Theory]
    [InlineData("[")]
    [InlineData(">")]
    public async Task Build_WithMarkdownNestedPastTheParsersLimit_ExitsOne_NamingFileAndLine(string run)
    {
        File.WriteAllText(Path.Combine(_input, "pages", "more.md"), "---\ntitle: Бет\n---\n\nМәтін.\n\n" + string.Concat(Enumerable.Repeat(run, 1000)) + " соңы.\n");

        var (exit, _, stderr) = await Run("build", "-i", _input, "-o", _output, "--theme", _theme);

        Assert.Equal(1, exit);
        Assert.Contains("pages/more.md(7): error: the Markdown nests too deeply", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("editors: [~]", "(3,1): error: editors: item 1 is empty")]
    [InlineData("date: 2026-13-45", "(3,1): error: date must be a calendar date")]
    public async Task Build_WithAnEmptyEditorOrADateTheCalendarHasNot_ExitsOne_NamingFileAndLine(string line, string expected)
    {
        File.WriteAllText(Path.Combine(_input, "edition.yml"), $"title: Қазақстан және НАТО\nlanguage: kk\n{line}\n");

        var (exit, _, stderr) = await Run("build", "-i", _input, "-o", _output, "--theme", _theme);

        Assert.Equal(1, exit);
        Assert.StartsWith($"{_input}/edition.yml{expected}", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }
}

