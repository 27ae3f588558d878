using KzEdition.Building;
using KzEdition.Cli.Tests.Support;
using static KzEdition.Cli.Tests.Support.CommandLine;

namespace KzEdition.Cli.Tests.Commands;

/// <summary>
/// The output folder is never missing and never half made: a build killed (SIGKILL) at any point
/// of the swap leaves the previous site or the new one, whole; the next build sweeps what the
/// killed one left; two builds of one output do not race.
/// </summary>
public sealed class OutputSwapTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "kzedition-swap-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly string _input;
    private readonly string _output;

    public OutputSwapTests()
    {
        _input = RepoFolders.Copy(RepoFolders.Input, Path.Combine(_root, "input"));
        _output = Path.Combine(_root, "output");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("before-swap")]
    [InlineData("after-swap")]
    public async Task ABuildKilledDuringTheSwap_LeavesAWholeSite_AndTheNextBuildSweepsItsLeftovers(string point)
    {
        var (first, _, _) = await Run("build", "-i", _input, "-o", _output, "--theme", RepoFolders.Theme);
        Assert.Equal(0, first);
        var files = Files(_output);

        var killed = await RunKilled(point);

        Assert.Equal(137, killed); // 128 + SIGKILL: it died there, with no cleanup
        Assert.Equal(files, Files(_output)); // the previous site or the new one: the same edition, whole
        Assert.NotEmpty(Leftovers());

        var (next, _, stderr) = await Run("build", "-i", _input, "-o", _output, "--theme", RepoFolders.Theme);
        Assert.True(next == 0, stderr);
        Assert.Empty(Leftovers());
        Assert.Equal(files, Files(_output));
    }

    [Fact]
    public async Task AnOutputLeftMissingByAKillBetweenTwoRenames_IsPutBackByTheNextBuild()
    {
        // Where the system has no atomic exchange the swap is two renames; a kill between them
        // leaves the previous site under a hidden name only.
        var (first, _, _) = await Run("build", "-i", _input, "-o", _output, "--theme", RepoFolders.Theme);
        Assert.Equal(0, first);
        var files = Files(_output);
        Directory.Move(_output, Path.Combine(_root, ".output.previous-0123456789abcdef"));

        var (next, _, stderr) = await Run("build", "-i", _input, "-o", _output, "--theme", RepoFolders.Theme);

        Assert.True(next == 0, stderr);
        Assert.Equal(files, Files(_output));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public async Task ASecondBuildOfTheSameOutput_StopsWithAClearMessage_WhileTheFirstHoldsIt()
    {
        using var held = new FileStream(OutputFolder.LockPath(Path.GetFullPath(_output)), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

        var (exit, _, stderr) = await Run("build", "-i", _input, "-o", _output, "--theme", RepoFolders.Theme);

        Assert.Equal(1, exit);
        Assert.Contains("another build or preview is writing this output folder", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_output));
        Assert.Empty(Leftovers());
    }

    private async Task<int> RunKilled(string point) =>
        (await ChildProcessCli.RunAsync(new Dictionary<string, string> { [OutputFolder.FaultVariable] = point }, "build", "-i", _input, "-o", _output, "--theme", RepoFolders.Theme)).Exit;

    private string[] Leftovers() =>
        [.. Directory.EnumerateDirectories(_root, ".output.*").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    private static string[] Files(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)];
}
