using KzEdition.Templating;

namespace KzEdition.Building;

/// <summary>What a build reads and where it writes; paths as the user gave them.</summary>
/// <param name="BaseUrl">Overrides edition.yml's base_url: enables canonical links and sitemap.xml.</param>
/// <param name="Theme">The theme folder (<c>--theme</c>); null for <c>theme/</c> beside the input folder, else the built-in theme.</param>
/// <param name="Pdf">Whether the build makes PDFs (the <c>pdf</c> command): article pages then link theirs.</param>
public sealed record BuildOptions(string Input = "input", string Output = "output", string? BaseUrl = null, string? Theme = null, bool Pdf = false)
{
    /// <summary>The theme folder this build uses (<see cref="ThemeLocation.Resolve"/>).</summary>
    public ThemeLocation ResolveTheme() => ThemeLocation.Resolve(Theme, Input);
}
