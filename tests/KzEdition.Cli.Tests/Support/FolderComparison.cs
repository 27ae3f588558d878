namespace KzEdition.Cli.Tests.Support;

/// <summary>What <c>diff -r</c> tells of two folders: the files only one has, and those whose bytes differ.</summary>
internal static class FolderComparison
{
    public static IReadOnlyList<string> Differences(string left, string right)
    {
        var leftFiles = Relative(left);
        var rightFiles = Relative(right);
        return
        [
            .. leftFiles.Except(rightFiles).Select(f => $"only in {left}: {f}"),
            .. rightFiles.Except(leftFiles).Select(f => $"only in {right}: {f}"),
            .. leftFiles.Intersect(rightFiles)
                .Where(f => !File.ReadAllBytes(Path.Combine(left, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(right, f))))
                .Select(f => $"differ: {f}"),
        ];
    }

    private static SortedSet<string> Relative(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')), StringComparer.Ordinal);
}
