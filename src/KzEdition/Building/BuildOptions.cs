namespace KzEdition.Building;

/// <summary>What a build reads and where it writes; paths as the user gave them.</summary>
/// <param name="BaseUrl">Overrides edition.yml's base_url: enables canonical links and sitemap.xml.</param>
/// <param name="Theme">The theme folder; null for <c>theme/</c> in the current folder.</param>
public sealed record BuildOptions(string Input = "input", string Output = "output", string? BaseUrl = null, string? Theme = null)
{
    public string ThemeOrDefault => Theme ?? "theme";
}
