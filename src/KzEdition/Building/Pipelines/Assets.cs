using KzEdition.Engine;
using KzEdition.Modules;

namespace KzEdition.Building.Pipelines;

/// <summary>
/// The theme's static files (styles, fonts, scripts), written as they are under <c>assets/</c>; a
/// theme of the editors' own overrides the built-in one file by file, so that a file it lacks (a
/// font, the search script of a newer KzEdition) is the built-in one. The stylesheets also go into
/// a script for the print edition opened from disk (<see cref="AddPrintStylesScript"/>).
/// </summary>
public static class Assets
{
    public static Pipeline Create(EditionPaths paths) => Pipeline.Named(PipelineNames.Assets)
        .Input([
            new ListFiles(Path.Combine(paths.Theme, "assets"), "theme/assets", recursive: true),
            .. paths.FallbackTheme is { } builtIn ? [new AddMissingFiles(Path.Combine(builtIn, "assets"), "built-in theme/assets")] : Array.Empty<IModule>(),
        ])
        .Process(new ReadAsset(), new AddPrintStylesScript(), new WriteFiles())
        .Build();
}
