using KzEdition.Engine;
using KzEdition.Modules;

namespace KzEdition.Building.Pipelines;

/// <summary>The edition's own pages, <c>input/pages/&lt;name&gt;.md</c> (the about page).</summary>
public static class Pages
{
    public const string Folder = "pages";

    public static Pipeline Create(EditionPaths paths) => Pipeline.Named(PipelineNames.Pages)
        .Input(new ListFiles(paths.Folder(Folder), paths.Display(Folder), "*.md"))
        .Process(new ReadFileText(), new ReadPage())
        .PostProcess(PageSteps.Modules())
        .Build();
}
