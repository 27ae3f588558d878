using KzEdition.Engine;

namespace KzEdition.Templating;

/// <summary>The theme folder a command uses, and how its messages name it.</summary>
/// <param name="Directory">The folder's full path.</param>
/// <param name="Display">The folder as messages name it: relative to the working folder when inside it.</param>
public sealed record ThemeLocation(string Directory, string Display, ThemeSource Source)
{
    /// <summary>The name of a theme folder beside the input folder.</summary>
    public const string FolderName = "theme";

    /// <summary>
    /// Finds the theme, in the order users of Jekyll and Hugo themes expect: the folder
    /// <paramref name="option"/> names (<c>--theme</c>, which must exist); else <c>theme/</c> beside
    /// the input folder (this repository's layout, and what <c>kzedition theme eject</c> makes);
    /// else the built-in theme. Never the working folder: a build started from elsewhere with
    /// <c>--input</c> finds the same theme as one started beside it.
    /// </summary>
    /// <exception cref="BuildException"><c>--theme</c> names no folder, or no theme is found at all.</exception>
    public static ThemeLocation Resolve(string? option, string input)
    {
        if (option is not null)
        {
            var named = Path.GetFullPath(option);
            return System.IO.Directory.Exists(named)
                ? new ThemeLocation(named, option.TrimEnd('/', '\\'), ThemeSource.Option)
                : throw new BuildException(Diagnostic.Error("theme folder not found", option));
        }

        var inputDirectory = Path.GetFullPath(input).TrimEnd(Path.DirectorySeparatorChar);
        if (Path.GetDirectoryName(inputDirectory) is { } parent && Path.Combine(parent, FolderName) is var beside && System.IO.Directory.Exists(beside))
        {
            return new ThemeLocation(beside, Shown(beside), ThemeSource.BesideInput);
        }

        return BuiltInTheme.Exists
            ? new ThemeLocation(BuiltInTheme.Directory, BuiltInTheme.Display, ThemeSource.BuiltIn)
            : throw new BuildException(Diagnostic.Error($"no theme: neither --theme nor a {FolderName}/ folder beside the input folder, and KzEdition's built-in theme is missing from {BuiltInTheme.Directory} (reinstall it)", Shown(Path.Combine(Path.GetDirectoryName(inputDirectory) ?? inputDirectory, FolderName))));
    }

    /// <summary>Loads the theme; one of the editors' own falls back to the built-in one for what it lacks, with a warning for each.</summary>
    public Theme Load() => Theme.Load(Directory, Display, Source == ThemeSource.BuiltIn ? null : BuiltInTheme.Theme);

    /// <summary>The folder the built-in theme's assets are taken from when this theme lacks one; null for the built-in theme itself.</summary>
    public string? FallbackDirectory => Source == ThemeSource.BuiltIn || !BuiltInTheme.Exists ? null : BuiltInTheme.Directory;

    private static string Shown(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative.Replace('\\', '/');
    }
}
