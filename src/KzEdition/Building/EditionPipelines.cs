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
///                                                  └─▶ (PostProcess) Print: the whole edition as one document
/// Assets, Pages ─────────────────────────────────────────────────────────────────────────────┘
/// </code>
/// </remarks>
public static class EditionPipelines
{
    /// <summary>Reads and cleans the sources.</summary>
    public static Pipeline Sources(string inputDirectory, string displayInput, EditorialDecisions editorial, BuildCache? cache = null) =>
        new Pipeline(PipelineNames.Sources)
            .WithInput(new RememberedWhileUntouched(
                cache?.Store("sources-unread"),
                () => cache!.Untouched(Path.Combine(inputDirectory, "sources")),
                new ReadSources(Path.Combine(inputDirectory, "sources"), $"{displayInput.TrimEnd('/', '\\')}/sources", cache?.Store("sources"))))
            .WithProcess(new CachedModules(
                cache?.Store("clean"),
                (sources, _) => new RefKey([editorial, .. sources.SelectMany(d => new[] { d.Source, d.Get<Reading.SourceText>(Keys.SourceText).Text })]),
                new CleanSources(editorial)));

    /// <summary>Assembles the articles; with the editors' corrected files (input/articles/) when a Markdown pipeline to read them is given.</summary>
    public static Pipeline ArticleTexts(string lang, EditorialDecisions editorial, string inputDirectory, string displayInput, MarkdownPipeline? handCorrections, BuildCache? cache = null)
    {
        var pipeline = new Pipeline(PipelineNames.ArticleTexts, PipelineNames.Sources)
            .WithProcess(new CachedModules(
                cache?.Store("assemble"),
                (_, context) => new RefKey([lang, editorial, .. context.OutputsOf(PipelineNames.Sources)]),
                new AssembleArticles(lang, editorial)));
        return handCorrections is null
            ? pipeline
            : pipeline.WithProcess(new ApplyHandCorrections(
                Path.Combine(inputDirectory, ApplyHandCorrections.Folder), $"{displayInput.TrimEnd('/', '\\')}/{ApplyHandCorrections.Folder}", handCorrections, cache?.Store("hand-corrections"), cache is null ? null : cache.Untouched));
    }

    /// <remarks>
    /// The steps that cost are wrapped in <see cref="CachedModules"/> / <see cref="CachedPerDocument"/>:
    /// in a plain build they just run; in an incremental session (<see cref="EditionContext.Cache"/>)
    /// they run only on documents whose inputs changed. Keys compare documents by identity, which is
    /// exact because a remembered step gives back the very documents it gave before.
    /// </remarks>
    public static IReadOnlyList<Pipeline> Create(EditionContext edition)
    {
        var cache = edition.Cache;
        var write = new WriteFiles(edition.StagingDirectory, cache);
        MemoStore? Store(string step) => cache?.Store(step);
        object SameDocument(Document document, IExecutionContext context) => new RefKey(document);
        return
        [
            Sources(edition.InputDirectory, edition.DisplayInput, edition.Editorial, cache),
            ArticleTexts(edition.Settings.Lang, edition.Editorial, edition.InputDirectory, edition.DisplayInput, edition.Markdown, cache),
            new Pipeline(PipelineNames.Markdown, PipelineNames.ArticleTexts)
                .WithProcess(new ReadFromPipeline(PipelineNames.ArticleTexts), new CachedPerDocument(Store("markdown"), SameDocument, new GenerateMarkdown()))
                .WithOutput(write),
            new Pipeline(PipelineNames.Articles, PipelineNames.Markdown)
                .WithProcess(
                    new ReadFromPipeline(PipelineNames.Markdown),
                    new CachedPerDocument(Store("render"), SameDocument, new RenderMarkdown(edition.Markdown), new NumberParagraphs(), new LinkCitations()))
                .WithPostProcess(new LinkIndexTerms(Store("link")), new RenderLayout(edition))
                .WithOutput(write),
            new Pipeline(PipelineNames.LatinArticles, PipelineNames.Articles)
                .WithProcess(new ReadFromPipeline(PipelineNames.Articles), new CachedPerDocument(Store("latin"), SameDocument, new CreateLatinArticles()))
                .WithPostProcess(
                    new LinkIndexTerms(Store("latin-link")),
                    new RenderLayout(edition),
                    new CachedPerDocument(Store("transliterate"), (d, _) => new RefKey(d.Destination, d.Content), new TransliteratePage()))
                .WithOutput(write),
            new Pipeline(PipelineNames.Indices, PipelineNames.Articles)
                .WithProcess(new CachedModules(
                    Store("index"),
                    (_, context) => new RefKey([edition.Editorial, .. context.OutputsOf(PipelineNames.Articles)]),
                    new BuildEditionIndex(edition.Editorial, cache?.IndexMemo)))
                .WithPostProcess(new RenderLayout(edition))
                .WithOutput(write),
            new Pipeline(PipelineNames.Search, PipelineNames.Articles)
                .WithProcess(
                    new CachedModules(
                        Store("search"),
                        (_, context) => new RefKey([.. context.OutputsOf(PipelineNames.Articles)]),
                        new GenerateSearchIndex(Store("search-paragraphs"), cache?.SearchIndex)),
                    new CreatePage(SitePaths.Search, "search", null, inSitemap: false, keepInputs: true))
                .WithPostProcess(new RenderLayout(edition))
                .WithOutput(write),
            new Pipeline(PipelineNames.Citations, PipelineNames.ArticleTexts)
                .WithProcess(new ReadFromPipeline(PipelineNames.ArticleTexts), new CachedPerDocument(Store("citations"), (d, _) => new RefKey(d, edition.Settings), new GenerateCitationFiles(edition.Settings)))
                .WithOutput(write),
            new Pipeline(PipelineNames.Pages)
                .WithInput(new ReadPages(Path.Combine(edition.InputDirectory, ReadPages.Folder), $"{edition.DisplayInput.TrimEnd('/', '\\')}/{ReadPages.Folder}", edition.Markdown))
                .WithPostProcess(new RenderLayout(edition))
                .WithOutput(write),
            new Pipeline(PipelineNames.Print)
                .WithPostProcess(new RenderPrintEdition(edition))
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
                .WithInput(new RememberedWhileUntouched(Store("assets"), () => cache!.Untouched(edition.Theme.AssetsDirectory), new ReadThemeAssets(edition.Theme.AssetsDirectory)))
                .WithOutput(write),
            new Pipeline(PipelineNames.Manifest)
                .WithPostProcess(new GenerateManifest(edition.Settings, edition.Theme.HasLayout(RenderPrintEdition.Layout), edition.Pdf))
                .WithOutput(write),
            new Pipeline(PipelineNames.Report)
                .WithPostProcess(new CachedModules(
                    Store("report"),
                    (_, context) => new RefKey([.. context.OutputsOf(PipelineNames.Sources), cache!.Intern("report-articles", GenerateReport.ArticlesShown(context))]),
                    new GenerateReport()))
                .WithOutput(write),
            new Pipeline(PipelineNames.Sitemap)
                .WithPostProcess(new GenerateSitemap(edition.Settings.BaseUrl, PipelineNames.Home, PipelineNames.Pages, PipelineNames.Articles, PipelineNames.Indices))
                .WithOutput(write),
        ];
    }
}
