using KzEdition.Templating;
using static KzEdition.Cli.Tests.Support.CommandLine;

namespace KzEdition.Cli.Tests.Commands;

/// <summary><c>kzedition theme eject [DIR]</c>: the built-in theme copied out whole, never over a folder of the user's.</summary>
public sealed class ThemeCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "kzedition-eject-" + Guid.NewGuid().ToString("N")[..12])).FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Eject_CopiesEveryFileOfTheBuiltInTheme()
    {
        var target = Path.Combine(_root, "theme");

        var (exit, stdout, stderr) = await Run("theme", "eject", target);

        Assert.Equal((0, ""), (exit, stderr));
        Assert.StartsWith($"Copied the built-in theme into {target}/", stdout, StringComparison.Ordinal);
        Assert.Empty(Support.FolderComparison.Differences(BuiltInTheme.Directory, target));
    }

    [Fact]
    public async Task Eject_IntoAFolderThatHoldsAnything_Refuses_AndWritesNothing()
    {
        var target = Directory.CreateDirectory(Path.Combine(_root, "theme", "layouts")).Parent!.FullName;

        var (exit, _, stderr) = await Run("theme", "eject", target);

        Assert.Equal(1, exit);
        Assert.Contains($"{target}: error: the folder is not empty", stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories));
    }
}
