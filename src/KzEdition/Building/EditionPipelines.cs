using KzEdition.Engine;
using KzEdition.Modules;
using KzEdition.Site;

namespace KzEdition.Building;

/// <summary>
/// The edition's pipelines: sources are cleaned into articles, articles written as Markdown,
/// the Markdown rendered into pages, and the pages, assets, manifest and sitemap written out.
/// </summary>
/// <remarks>
/// <code>
/// Sources ─▶ ArticleTexts ─▶ Markdown ─▶ Articles ─┬─▶ (PostProcess) Home, NotFound, Manifest, Sitemap, Report
/// Assets ───────────────────────────────────────────┘
/// </code>
/// </remarks>
public static class EditionPipelines
{
    public static IReadOnlyList<Pipeline> Create(EditionContext edition)
    {
        var write = new WriteFiles(edition.StagingDirectory);
        var sources = Path.Combine(edition.InputDirectory, "sources");
        var displaySources = $"{edition.DisplayInput.TrimEnd('/', '\\')}/sources";
        return
        [
            new Pipeline(PipelineNames.Sources)
                .WithInput(new ReadSources(sources, displaySources))
                .WithProcess(new CleanSources(edition.Editorial)),
            new Pipeline(PipelineNames.ArticleTexts, PipelineNames.Sources)
                .WithProcess(new AssembleArticles(edition.Settings.Lang, edition.Editorial)),
            new Pipeline(PipelineNames.Markdown, PipelineNames.ArticleTexts)
                .WithProcess(new ReadFromPipeline(PipelineNames.ArticleTexts), new GenerateMarkdown())
                .WithOutput(write),
            new Pipeline(PipelineNames.Articles, PipelineNames.Markdown)
                .WithProcess(new ReadFromPipeline(PipelineNames.Markdown), new RenderMarkdown(edition.Markdown))
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
                .WithPostProcess(new GenerateSitemap(edition.Settings.BaseUrl, PipelineNames.Home, PipelineNames.Articles))
                .WithOutput(write),
        ];
    }
}
