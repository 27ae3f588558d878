using KzEdition.Building;
using KzEdition.Engine;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Building;

/// <summary>
/// Bad input stops the build with a message naming the file (and line and column where there is
/// one), and the previous output stays exactly as it was, with no staging folder left behind.
/// Each case pins the message the user sees.
/// </summary>
public sealed class EditionBuilderFailureTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _input;
    private readonly string _theme;
    private readonly string _output;

    public EditionBuilderFailureTests()
    {
        _input = _temp.CopyFrom(RepoPaths.Input, "input");
        _theme = _temp.CopyFrom(RepoPaths.Theme, "theme");
        _output = _temp.Combine("output");
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Build_WhenTheInputFolderIsMissing_NamesIt()
    {
        var diagnostics = await FailingBuild(new BuildOptions(_temp.Combine("nowhere"), _output, Theme: _theme));

        Assert.Equal($"{_temp.Combine("nowhere")}: error: input folder not found", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public async Task Build_WhenASourceIsBinary_NamesTheFileAndWhereTheBinaryDataIs_AndKeepsThePreviousOutput()
    {
        await BuildPrevious();
        File.WriteAllBytes(Path.Combine(_input, "sources", "scan.pdf"), [.. "%PDF-1.4\n"u8, 0x00, 0x01, 0x02]);

        var diagnostics = await FailingBuildKeepingOutput();

        Assert.Equal(
            $"{_input}/sources/scan.pdf(2,1): error: is not a text file (it holds binary data: a NUL byte); sources must be UTF-8, or UTF-16 with a byte-order mark",
            Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public async Task Build_WhenASourceIsNotUtf8_NamesTheFileLineAndColumn()
    {
        await BuildPrevious();
        var cp1251Kazakh = new byte[] { 0xCD, 0xC0, 0xD2, 0xCE }; // "НАТО" in Windows-1251: not UTF-8.
        File.WriteAllBytes(Path.Combine(_input, "sources", "old.txt"), [.. "Бірінші жол\nЕкінші: "u8, .. cp1251Kazakh, .. "\n"u8]);

        var diagnostics = await FailingBuildKeepingOutput();

        Assert.Equal(
            $"{_input}/sources/old.txt(2,9): error: is not valid UTF-8 (byte 0xCD at offset 36); save the file as UTF-8, or UTF-16 with a byte-order mark",
            Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public async Task Build_WhenSeveralSourcesAreBad_ReportsThemAllAtOnce()
    {
        File.WriteAllBytes(Path.Combine(_input, "sources", "a.bin"), [0x00]);
        File.WriteAllBytes(Path.Combine(_input, "sources", "b.bin"), [0x41, 0x00]);

        var diagnostics = await FailingBuild(new BuildOptions(_input, _output, Theme: _theme));

        Assert.Equal(["a.bin", "b.bin"], diagnostics.Select(d => Path.GetFileName(d.File!)));
    }

    [Fact]
    public async Task Build_WhenEditionYmlIsInvalidYaml_NamesTheFileLineAndColumn()
    {
        await BuildPrevious();
        File.WriteAllText(Path.Combine(_input, "edition.yml"), "title: Қазақстан және НАТО\neditors: [бірінші, екінші\nyear: 2026\n");

        var diagnostics = await FailingBuildKeepingOutput();

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal($"{_input}/edition.yml", diagnostic.File);
        Assert.Equal((2, 10), (diagnostic.Line, diagnostic.Column)); // The unclosed "[" of the editors list.
        Assert.StartsWith("invalid YAML: ", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_WhenEditionYmlHasAnUnknownKey_NamesTheKeysLine()
    {
        await BuildPrevious();
        File.WriteAllText(Path.Combine(_input, "edition.yml"), "title: Қазақстан және НАТО\ntilte: қате\n");

        var diagnostic = Assert.Single(await FailingBuildKeepingOutput());

        Assert.Equal(($"{_input}/edition.yml", 2, 1), (diagnostic.File, diagnostic.Line, diagnostic.Column));
        Assert.Contains("tilte", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_WhenATemplateHasASyntaxError_NamesTheTemplateLineAndColumn()
    {
        await BuildPrevious();
        var home = Path.Combine(_theme, "layouts", "home.html");
        File.WriteAllText(home, "<h1>{{ site.title }}</h1>\n<ol>\n{{ for a in articles }}\n<li>{{ a.title </li>\n{{ end }}\n</ol>\n");

        var diagnostics = await FailingBuildKeepingOutput();

        Assert.All(diagnostics, d => Assert.Equal($"{_theme}/layouts/home.html", d.File));
        Assert.Equal(4, diagnostics[0].Line);
        Assert.True(diagnostics[0].Column > 0);
        Assert.StartsWith("template error: ", diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_WhenATemplateFailsWhileRendering_NamesTheTemplateAndLine()
    {
        await BuildPrevious();
        File.WriteAllText(Path.Combine(_theme, "layouts", "article.html"), "<article>\n{{ article.title | no_such_function }}\n</article>\n");

        var diagnostic = Assert.Single(await FailingBuildKeepingOutput());

        Assert.Equal(($"{_theme}/layouts/article.html", 2), (diagnostic.File, diagnostic.Line));
    }

    [Fact]
    public async Task Build_WhenTheOutputFolderHoldsSomethingElse_RefusesToReplaceIt_AndTouchesNothing()
    {
        Directory.CreateDirectory(_output);
        File.WriteAllText(Path.Combine(_output, "thesis.docx"), "not an edition");
        var before = FolderSnapshot.Take(_output);

        var diagnostic = Assert.Single(await FailingBuild(new BuildOptions(_input, _output, Theme: _theme)));

        Assert.Contains("will not replace a folder it did not make", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Take(_output));
    }

    [Theory]
    [InlineData("input")]
    [InlineData("input/sub")]
    [InlineData(".")]
    public async Task Build_WhenTheOutputIsTheInputOrInsideOrAroundIt_Refuses(string relativeOutput)
    {
        var before = FolderSnapshot.Take(_input);

        var diagnostic = Assert.Single(await FailingBuild(new BuildOptions(_input, _temp.Combine(relativeOutput), Theme: _theme)));

        Assert.Contains("output folder must be neither the input folder", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Take(_input));
    }

    [Fact]
    public async Task Build_WhenItFailsAfterEveryArticleWasRendered_LeavesThePreviousOutputAndNoStagingFolder()
    {
        await BuildPrevious();
        // The 404 layout fails in PostProcess, after every article has been cleaned and
        // rendered: late enough that a build writing as it goes would have changed the output.
        File.WriteAllText(Path.Combine(_theme, "layouts", "404.html"), "{{ page.title | no_such_function }}");

        var diagnostic = Assert.Single(await FailingBuildKeepingOutput());

        Assert.Equal($"{_theme}/layouts/404.html", diagnostic.File);
    }

    [Fact]
    public async Task Build_WhenItSucceeds_ReplacesTheOutputWhole_AndPublishesNoGitPlaceholder()
    {
        Directory.CreateDirectory(_output);
        File.WriteAllText(Path.Combine(_output, ".gitkeep"), "");
        await Build(new BuildOptions(_input, _output, Theme: _theme));
        File.WriteAllText(Path.Combine(_output, "stale.html"), "from an older build");

        await Build(new BuildOptions(_input, _output, Theme: _theme));

        Assert.False(File.Exists(Path.Combine(_output, "stale.html")), "a file of an older build survived");
        Assert.False(File.Exists(Path.Combine(_output, ".gitkeep")), "the git placeholder would be published with the site (issue 17, item 13)");
        Assert.Equal(["input", "output", "theme"], Directory.EnumerateFileSystemEntries(_temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Build_WithoutEditionYml_UsesDefaults()
    {
        File.Delete(Path.Combine(_input, "edition.yml"));

        var result = await Build(new BuildOptions(_input, _output, Theme: _theme));

        Assert.True(result.Articles > 0);
        Assert.Contains("\"lang\": \"kk\"", File.ReadAllText(Path.Combine(_output, "edition.json")), StringComparison.Ordinal);
    }

    private async Task BuildPrevious() => await Build(new BuildOptions(_input, _output, Theme: _theme));

    private static Task<BuildResult> Build(BuildOptions options) =>
        EditionBuilder.BuildAsync(options, cancellationToken: TestContext.Current.CancellationToken);

    /// <summary>Runs a build that must fail on bad input, and returns what it reported.</summary>
    private static async Task<IReadOnlyList<Diagnostic>> FailingBuild(BuildOptions options)
    {
        var exception = await Assert.ThrowsAnyAsync<Exception>(() => Build(options));
        return exception switch
        {
            BuildException build => build.Diagnostics,
            PipelineException { InnerException: BuildException inner } => inner.Diagnostics,
            _ => throw new Xunit.Sdk.XunitException($"Expected a BuildException, got {exception}"),
        };
    }

    private async Task<IReadOnlyList<Diagnostic>> FailingBuildKeepingOutput()
    {
        var before = FolderSnapshot.Take(_output);
        Assert.NotEmpty(before);
        var diagnostics = await FailingBuild(new BuildOptions(_input, _output, Theme: _theme));
        Assert.Equal(before, FolderSnapshot.Take(_output));
        Assert.Equal(["input", "output", "theme"], Directory.EnumerateFileSystemEntries(_temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        return diagnostics;
    }
}
