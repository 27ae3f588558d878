using KzEdition.Engine;
using KzEdition.Modules;

namespace KzEdition.Building.Pipelines;

/// <summary>The theme's static files (styles, fonts, scripts), written as they are under <c>assets/</c>.</summary>
public static class Assets
{
    public static Pipeline Create(EditionPaths paths) => Pipeline.Named(PipelineNames.Assets)
        .Input(new ListFiles(Path.Combine(paths.Theme, "assets"), "theme/assets", recursive: true))
        .Process(new ReadAsset(), new WriteFiles())
        .Build();
}
