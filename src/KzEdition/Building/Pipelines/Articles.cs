using KzEdition.Engine;
using KzEdition.Modules;

namespace KzEdition.Building.Pipelines;

/// <summary>
/// The article pages: each article numbered and given its entry of the contents, its Markdown parsed once (numbered paragraphs, citation links),
/// what the indices and search need of its paragraphs; then, once the index exists, its body with
/// cross-links, its page model, its page.
/// </summary>
public static class Articles
{
    public static Pipeline Create() => Pipeline.Named(PipelineNames.Articles)
        .DependsOn(PipelineNames.Markdown)
        .Process(
            new ReadFromPipeline(PipelineNames.Markdown),
            new NumberArticles(),
            new MakeContentsEntry(),
            new ParseArticleBody(),
            new DetectIndexFacts(),
            new StemParagraphs())
        .PostProcess(PageSteps.Modules(withBody: true))
        .Build();
}
