namespace KzEdition.Tests.Support;

/// <summary>Paths of the repository the tests run from: its real input and theme.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Input => Path.Combine(Root, "input");

    public static string Theme => Path.Combine(Root, "theme");

    /// <summary>tests/browser/node_modules: what <c>npm ci --prefix tests/browser</c> installs for the browser tests.</summary>
    public static string BrowserPackages => Path.Combine(Root, "tests", "browser", "node_modules");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KzEdition.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("KzEdition.sln not found above the test binaries.");
    }
}
