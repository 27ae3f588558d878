using KzEdition.Engine;
using KzEdition.Modules;

namespace KzEdition.Building.Pipelines;

/// <summary>The editors' corrected articles, <c>input/articles/&lt;slug&gt;.md</c>, as they stand (they replace the cleaner's text of those articles).</summary>
public static class Corrections
{
    public const string Folder = "articles";

    public static Pipeline Create(EditionPaths paths) => Pipeline.Named(PipelineNames.Corrections)
        .Input(new ListFiles(paths.Folder(Folder), paths.Display(Folder), "*.md"))
        .Process(new ReadFileText())
        .Build();
}
