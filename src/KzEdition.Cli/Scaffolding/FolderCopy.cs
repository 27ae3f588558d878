namespace KzEdition.Cli.Scaffolding;

/// <summary>
/// Copies a folder the program ships (the built-in theme, the new edition's files) into a folder of
/// the user's that is new or empty: never over a file of theirs.
/// </summary>
internal static class FolderCopy
{
    /// <summary>Why <paramref name="target"/> cannot receive a copy (a file, or a folder with something in it); null when it can.</summary>
    public static string? Refusal(string target)
    {
        if (File.Exists(target))
        {
            return "is a file, not a folder; give a folder that does not exist yet, or an empty one";
        }

        return Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any()
            ? "the folder is not empty; give a folder that does not exist yet, or an empty one (nothing was written)"
            : null;
    }

    /// <summary>Copies every file of <paramref name="source"/> into <paramref name="target"/>, in ordinal order; gives how many.</summary>
    public static int Copy(string source, string target)
    {
        Directory.CreateDirectory(target);
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: false);
            count++;
        }

        return count;
    }
}
