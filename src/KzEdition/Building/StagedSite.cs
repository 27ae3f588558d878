using System.Collections.Immutable;
using KzEdition.Configuration;

namespace KzEdition.Building;

/// <summary>
/// A complete site written into the staging folder, not yet the output: what a step that works on
/// the written pages (the PDFs) needs before the build swaps it in.
/// </summary>
/// <param name="Directory">The staging folder, the site's root.</param>
/// <param name="ArticleSlugs">The articles in edition order; each page is <c>articles/&lt;slug&gt;/index.html</c>.</param>
public sealed record StagedSite(string Directory, EditionSettings Settings, ImmutableArray<string> ArticleSlugs);
