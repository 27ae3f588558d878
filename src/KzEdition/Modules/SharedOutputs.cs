using System.Collections.Immutable;
using KzEdition.Engine;
using KzEdition.Indexing;
using KzEdition.Templating;

namespace KzEdition.Modules;

/// <summary>The values one pipeline makes for the others to read, as a module finds them among that pipeline's documents.</summary>
internal static class SharedOutputs
{
    /// <summary>The edition's index, which every document of the Indices pipeline carries (empty when there are none).</summary>
    public static EditionIndex Index(IExecutionContext context, string indicesPipeline) =>
        context.OutputsOf(indicesPipeline).FirstOrDefault()?.GetOrDefault(EditionKeys.EditionIndex) ?? EditionIndex.Empty;

    /// <summary>The articles' headings, which one document of the SiteModel pipeline carries.</summary>
    public static ImmutableSortedDictionary<string, ArticleHeading> Headings(IExecutionContext context, string siteModelPipeline) =>
        context.OutputsOf(siteModelPipeline).Select(d => d.GetOrDefault(EditionKeys.ArticleHeadings)).OfType<ImmutableSortedDictionary<string, ArticleHeading>>().Single();
}
