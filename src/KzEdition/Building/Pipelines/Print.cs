using KzEdition.Engine;
using KzEdition.Modules;

namespace KzEdition.Building.Pipelines;

/// <summary>
/// The print edition, <c>print/index.html</c>: the whole edition as one document (title page,
/// contents, every article, the indices, the colophon), made of parts rendered each on its own.
/// </summary>
public static class Print
{
    public static Pipeline Create() => Pipeline.Named(PipelineNames.Print)
        .PostProcess(
            new ReadFromPipeline(PipelineNames.Articles),
            new AttachIndexLinks(PipelineNames.Indices),
            new MakePrintContentsEntry(),

            // What needs every article first; then each article's body, its fragment's model and its
            // rendering in one pass, so that each body is let go of once its fragment is rendered.
            new MakePrintModels(PipelineNames.SiteModel),

            // The indices' entries: each row's model made and remembered on its own, then gathered, each row a fragment.
            new MakePrintIndexEntryModel(PipelineNames.SiteModel),
            new MakePrintIndexFragments(),
            new RenderPrintBody(),
            new MakePrintArticleModel(),
            new MakePrintPartModel(),
            new RenderPage(),

            // The indices' entries (rendered each on its own) into the indices' fragment, then every fragment into the frame.
            new JoinPageFragments(MakePrintModels.IndicesPartial),
            new JoinPrintEdition(),
            new WriteFiles())
        .Build();
}
