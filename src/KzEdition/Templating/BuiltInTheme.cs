namespace KzEdition.Templating;

/// <summary>
/// The theme that ships with KzEdition: the repository's <c>theme/</c>, copied beside the program's
/// assemblies by KzEdition.csproj, so that it is in <c>bin/</c>, in a publish and in the tool
/// package alike. A theme of the editors' own falls back to it, file by file.
/// </summary>
public static class BuiltInTheme
{
    /// <summary>Its folder beside the assemblies.</summary>
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "theme");

    /// <summary>How messages name it: where it is, since a message about it is a bug to report with that path.</summary>
    public static string Display => Directory;

    // Parsed once a process: it never changes while the program runs (the preview rebuilds often).
    private static readonly Lazy<Theme?> Loaded = new(() => Exists ? Theme.Load(Directory, Display) : null);

    /// <summary>Whether the program was installed with its theme (a copied-out assembly may lack it).</summary>
    public static bool Exists => System.IO.Directory.Exists(Path.Combine(Directory, "layouts"));

    /// <summary>The parsed built-in theme; null when the program has none beside it.</summary>
    public static Theme? Theme => Loaded.Value;
}
