using KzEdition.Cli.Tests.Support;
using static KzEdition.Cli.Tests.Support.CommandLine;

namespace KzEdition.Cli.Tests.Commands;

/// <summary>The edition does not depend on the machine's culture: a build with invariant globalization (no ICU) makes the same files, byte for byte.</summary>
public sealed class GlobalizationTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "kzedition-culture-" + Guid.NewGuid().ToString("N")[..12]);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task ABuildWithInvariantGlobalization_MakesTheSameFiles_SlugsIncluded()
    {
        var input = RepoFolders.Copy(RepoFolders.Input, Path.Combine(_root, "input"));
        var usual = Path.Combine(_root, "usual");
        var invariant = Path.Combine(_root, "invariant");
        Assert.Equal(0, (await Run("build", "-i", input, "-o", usual, "--theme", RepoFolders.Theme)).Exit);

        var environment = new Dictionary<string, string> { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1", ["LANG"] = "C" };
        var (exit, stderr) = await ChildProcessCli.RunAsync(environment, "build", "-i", input, "-o", invariant, "--theme", RepoFolders.Theme);

        Assert.True(exit == 0, stderr);
        Assert.Contains("ulttyq-qurylys", Directory.EnumerateDirectories(Path.Combine(invariant, "articles")).Select(Path.GetFileName));
        var files = Files(usual);
        Assert.Equal(files, Files(invariant));
        Assert.All(files, file => Assert.True(
            File.ReadAllBytes(Path.Combine(usual, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(invariant, file))), $"{file} differs"));
    }

    private static string[] Files(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)];
}
