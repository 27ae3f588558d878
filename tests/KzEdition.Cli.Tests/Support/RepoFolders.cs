namespace KzEdition.Cli.Tests.Support;

/// <summary>The repository the tests run from, and copies of its folders for tests that change them.</summary>
internal static class RepoFolders
{
    public static string Root { get; } = FindRoot();

    public static string Input => Path.Combine(Root, "input");

    public static string Theme => Path.Combine(Root, "theme");

    /// <summary>Copies a folder with everything in it; returns the copy's path.</summary>
    public static string Copy(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    /// <summary>Copies a folder's files over another's, replacing files of the same name; keeps the others.</summary>
    public static void CopyOver(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }

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
