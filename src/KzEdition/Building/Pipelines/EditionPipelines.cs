using KzEdition.Engine;

namespace KzEdition.Building.Pipelines;

/// <summary>
/// Every pipeline of the edition, one file each in this folder:
/// <code>
/// Sources ─▶ ArticleTexts ─▶ Markdown ─▶ Articles ─┬─▶ Indices ─┐
/// Corrections ─┘        └─▶ Citations             ├─▶ Search     ├─▶ SiteModel ─▶ (PostProcess) pages of Articles, LatinArticles,
/// Pages ──────────────────────────────────────────┼──────────────┘                Indices, Search, Pages, Home, NotFound; Print,
///                                                 └─▶ LatinArticles               Manifest, Report, Sitemap
/// Assets, Home, NotFound
/// Indices ─▶ Synonyms ─▶ Search (the index's entries as search synonyms)
/// </code>
/// </summary>
public static class EditionPipelines
{
    public static IReadOnlyList<Pipeline> Create(EditionPaths paths) =>
    [
        Sources.Create(paths),
        Corrections.Create(paths),
        ArticleTexts.Create(paths),
        Markdown.Create(),
        Articles.Create(),
        LatinArticles.Create(),
        Indices.Create(),
        Synonyms.Create(),
        Search.Create(),
        Citations.Create(),
        Pages.Create(paths),
        SiteModel.Create(),
        Print.Create(),
        Home.Create(),
        NotFound.Create(paths),
        Assets.Create(paths),
        Manifest.Create(),
        Report.Create(),
        Sitemap.Create(),
    ];
}
