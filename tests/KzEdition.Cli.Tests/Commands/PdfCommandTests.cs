using KzEdition.Cli.Tests.Support;
using static KzEdition.Cli.Tests.Support.CommandLine;

namespace KzEdition.Cli.Tests.Commands;

/// <summary>
/// <c>kzedition pdf</c> as a user runs it. Where Chromium is installed it prints the edition and
/// every article; where it is not (named here by <c>--chromium</c>), it says how to install it,
/// exits non-zero and leaves the previous output as it was.
/// </summary>
public sealed class PdfCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "kzedition-cli-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly string _input;
    private readonly string _output;

    public PdfCommandTests()
    {
        _input = RepoFolders.Copy(RepoFolders.Input, Path.Combine(_root, "input"));
        _output = Path.Combine(_root, "output");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Pdf_WithoutChromium_FailsBeforeBuilding_SayingHowToInstallIt_AndLeavesThePreviousOutput()
    {
        var (built, _, _) = await Run("build", "-i", _input, "-o", _output, "--theme", RepoFolders.Theme);
        Assert.Equal(0, built);
        var before = Directory.EnumerateFiles(_output, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(f => (f, File.ReadAllText(f))).ToList();

        var (exit, stdout, stderr) = await Run("pdf", "-i", _input, "-o", _output, "--theme", RepoFolders.Theme, "--chromium", "/nonexistent/chromium");

        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        Assert.Contains("error: Chromium not found at /nonexistent/chromium: install it (on Debian or Ubuntu: apt-get install chromium)", stderr, StringComparison.Ordinal);
        Assert.Contains("the previous output was left as it was", stderr, StringComparison.Ordinal);
        Assert.Equal(before, Directory.EnumerateFiles(_output, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(f => (f, File.ReadAllText(f))).ToList());
    }

    [Fact]
    public async Task Pdf_PrintsTheEditionAndEveryArticle_AndSaysWhere()
    {
        if (KzEdition.Pdf.ChromiumExecutable.MissingReason() is { } reason)
        {
            Assert.Skip(reason);
        }

        var (exit, stdout, stderr) = await Run("pdf", "-i", _input, "-o", _output, "--theme", RepoFolders.Theme);

        Assert.True(exit == 0, stderr);
        Assert.Matches(@"Printed 9 PDFs in \d+\.\d s \(the edition \d+\.\d s, the articles \d+\.\d s\): .*output/print/qazaqstan-jane-nato\.pdf", stdout);
        Assert.True(new FileInfo(Path.Combine(_output, "print", "qazaqstan-jane-nato.pdf")).Length > 100_000);
        Assert.Equal(8, Directory.EnumerateFiles(Path.Combine(_output, "articles"), "*.pdf", SearchOption.AllDirectories).Count());
    }
}
