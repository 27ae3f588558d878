namespace KzEdition.Preview;

/// <summary>
/// The files editors and their tools write beside the real ones while saving: swap files, backups,
/// lock files, probes. They are never input, and a rebuild for each would only slow the preview.
/// </summary>
public static class EditorNoise
{
    private static readonly string[] IgnoredExtensions = [".tmp", ".temp", ".bak", ".swp", ".swo", ".swx", ".kate-swp", ".crswap"];

    private static readonly string[] IgnoredNames = [".DS_Store", "Thumbs.db", "desktop.ini"];

    /// <summary>Whether a change to this path (full or relative) is an editor's or the system's, not the input's.</summary>
    public static bool IsIgnored(string path)
    {
        var segments = path.Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return false;
        }

        // A version-control folder inside the input changes on every commit; the build never reads it.
        if (segments.Any(s => s is ".git" or ".hg" or ".svn"))
        {
            return true;
        }

        var name = segments[^1];
        return name.EndsWith('~')                                          // Emacs, Vim and gedit backups: x~
            || name.StartsWith(".#", StringComparison.Ordinal)             // Emacs lock files: .#x
            || (name.Length > 1 && name[0] == '#' && name[^1] == '#')      // Emacs auto-saves: #x#
            || name.StartsWith("~$", StringComparison.Ordinal)             // Office and LibreOffice locks: ~$x
            || name.StartsWith(".goutputstream-", StringComparison.Ordinal) // GLib's atomic saves (gedit)
            || name.EndsWith("___jb_tmp___", StringComparison.Ordinal)     // JetBrains safe writes
            || name.EndsWith("___jb_old___", StringComparison.Ordinal)
            || IsVimSwapFile(name)
            || IsVimWriteProbe(name)
            || IgnoredNames.Contains(name, StringComparer.OrdinalIgnoreCase)
            || IgnoredExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }

    // Vim's swap files are .x.swp, then .x.swo, .x.swn … down to .x.swa when the first are taken.
    private static bool IsVimSwapFile(string name) =>
        name.Length > 5 && name[0] == '.' && name[^4] == '.' && name[^3] == 's' && name[^2] == 'w' && name[^1] is >= 'a' and <= 'p';

    // Before writing, Vim checks that it may create files by creating and deleting "4913" (then
    // 5036, 5159 … while those exist). No input file is named by digits alone.
    private static bool IsVimWriteProbe(string name) => name.Length > 0 && name.All(char.IsAsciiDigit);
}
