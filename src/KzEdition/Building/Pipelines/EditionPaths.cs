namespace KzEdition.Building.Pipelines;

/// <summary>Where a build reads: the input folder (full path, and as the user named it, for messages) and the theme's folder.</summary>
public sealed record EditionPaths(string Input, string DisplayInput, string Theme)
{
    /// <summary>The built-in theme's folder, whose assets stand in for those the theme lacks; null when the theme is the built-in one.</summary>
    public string? FallbackTheme { get; init; }

    public string Folder(string name) => Path.Combine(Input, name);

    public string Display(string name) => $"{DisplayInput.TrimEnd('/', '\\')}/{name}";
}
