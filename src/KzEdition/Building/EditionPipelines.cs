using KzEdition.Editorial;
using KzEdition.Engine;
using KzEdition.Modules;
using KzEdition.Site;
using Markdig;

namespace KzEdition.Building;

/// <summary>
/// The edition's pipelines: sources are cleaned into articles, articles written as Markdown,
/// the Markdown rendered into pages, and the pages, assets, manifest and sitemap written out.
/// </summary>
/// <remarks>
/// <code>
/// Sources ─▶ ArticleTexts ─▶ Markdown ─▶ Articles ─┬─▶ LatinArticles, Indices (entries, timeline, related)
///                        └─▶ Citations             └─▶ (PostProcess) cross-links; Home, NotFound, Manifest, Sitemap, Report
/// Assets, Pages ─────────────────────────────────────────────────────────────────────────────┘
/// </code>
/// </remarks>
public static class EditionPipelines
{
    /// <summary>Reads and cleans the sources.</summary>
    public static Pipeline Sources(string inputDirectory, string displayInput, EditorialDecisions editorial) =>
        new Pipeline(PipelineNames.Sources)
            .WithInput(new ReadSources(Path.Combine(inputDirectory, "sources"), $"{displayInput.TrimEnd('/', '\\')}/sources"))
            .WithProcess(new CleanSources(editorial));

    /// <summary>Assembles the articles; with the editors' corrected files (input/articles/) when a Markdown pipeline to read them is given.</summary>
    public static Pipeline ArticleTexts(string lang, EditorialDecisions editorial, string inputDirectory, string displayInput, MarkdownPipeline? handCorrections)
    {
        var pipeline = new Pipeline(PipelineNames.ArticleTexts, PipelineNames.Sources)
            .WithProcess(new AssembleArticles(lang, editorial));
        return handCorrections is null
            ? pipeline
            : pipeline.WithProcess(new ApplyHandCorrections(
                Path.Combine(inputDirectory, ApplyHandCorrections.Folder), $"{displayInput.TrimEnd('/', '\\')}/{ApplyHandCorrections.Folder}", handCorrections));
    }

    public static IReadOnlyList<Pipeline> Create(EditionContext edition)
    {
        var write = new WriteFiles(edition.StagingDirectory);
        return
        [
            Sources(edition.InputDirectory, edition.DisplayInput, edition.Editorial),
            ArticleTexts(edition.Settings.Lang, edition.Editorial, edition.InputDirectory, edition.DisplayInput, edition.Markdown),
            new Pipeline(PipelineNames.Markdown, PipelineNames.ArticleTexts)
                .WithProcess(new ReadFromPipeline(PipelineNames.ArticleTexts), new GenerateMarkdown())
                .WithOutput(write),
            new Pipeline(PipelineNames.Articles, PipelineNames.Markdown)
                .WithProcess(new ReadFromPipeline(PipelineNames.Markdown), new RenderMarkdown(edition.Markdown), new NumberParagraphs(), new LinkCitations())
                .WithPostProcess(new LinkIndexTerms(), new RenderLayout(edition))
                .WithOutput(write),
            new Pipeline(PipelineNames.LatinArticles, PipelineNames.Articles)
                .WithProcess(new ReadFromPipeline(PipelineNames.Articles), new CreateLatinArticles())
                .WithPostProcess(new LinkIndexTerms(), new RenderLayout(edition), new TransliteratePage())
                .WithOutput(write),
            new Pipeline(PipelineNames.Indices, PipelineNames.Articles)
                .WithProcess(new BuildEditionIndex(edition.Editorial))
                .WithPostProcess(new RenderLayout(edition))
                .WithOutput(write),
            new Pipeline(PipelineNames.Citations, PipelineNames.ArticleTexts)
                .WithProcess(new ReadFromPipeline(PipelineNames.ArticleTexts), new GenerateCitationFiles(edition.Settings))
                .WithOutput(write),
            new Pipeline(PipelineNames.Pages)
                .WithInput(new ReadPages(Path.Combine(edition.InputDirectory, ReadPages.Folder), $"{edition.DisplayInput.TrimEnd('/', '\\')}/{ReadPages.Folder}", edition.Markdown))
                .WithPostProcess(new RenderLayout(edition))
                .WithOutput(write),
            new Pipeline(PipelineNames.Home)
                .WithProcess(new CreatePage(SitePaths.Home, "home", null, inSitemap: true))
                .WithPostProcess(new RenderLayout(edition))
                .WithOutput(write),
            new Pipeline(PipelineNames.NotFound)
                .WithProcess(new CreatePage(SitePaths.NotFound, "404", "404", inSitemap: false))
                .WithPostProcess(new RenderLayout(edition))
                .WithOutput(write),
            new Pipeline(PipelineNames.Assets)
                .WithInput(new ReadThemeAssets(edition.Theme.AssetsDirectory))
                .WithOutput(write),
            new Pipeline(PipelineNames.Manifest)
                .WithPostProcess(new GenerateManifest(edition.Settings))
                .WithOutput(write),
            new Pipeline(PipelineNames.Report)
                .WithPostProcess(new GenerateReport())
                .WithOutput(write),
            new Pipeline(PipelineNames.Sitemap)
                .WithPostProcess(new GenerateSitemap(edition.Settings.BaseUrl, PipelineNames.Home, PipelineNames.Pages, PipelineNames.Articles, PipelineNames.Indices))
                .WithOutput(write),
        ];
    }
}
