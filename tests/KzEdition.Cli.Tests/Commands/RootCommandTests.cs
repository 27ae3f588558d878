using static KzEdition.Cli.Tests.Support.CommandLine;

namespace KzEdition.Cli.Tests.Commands;

/// <summary>What the program says of itself: its name as installed, its version and commit.</summary>
public sealed class RootCommandTests
{
    [Fact]
    public async Task Version_NamesTheVersionAndTheCommit()
    {
        var (exit, stdout, _) = await Run("--version");

        Assert.Equal(0, exit);
        Assert.Matches(@"^kzedition \d+\.\d+\.\d+ \(commit ([0-9a-f]{40}|unknown)\)\n$", stdout);
    }

    [Fact]
    public async Task Help_CallsTheProgramKzedition()
    {
        var (exit, stdout, _) = await Run("--help");

        Assert.Equal(0, exit);
        Assert.Contains("kzedition [command] [options]", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("KzEdition.Cli", stdout, StringComparison.Ordinal);
    }
}
