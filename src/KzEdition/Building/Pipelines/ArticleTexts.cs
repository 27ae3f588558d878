using KzEdition.Engine;
using KzEdition.Modules;

namespace KzEdition.Building.Pipelines;

/// <summary>
/// The edition's articles: one made of each segment of the sources, the witnesses of one article
/// merged, the editors' decisions applied, and (with <paramref name="corrections"/>) the editors'
/// corrected texts put in place of the cleaner's.
/// </summary>
public static class ArticleTexts
{
    /// <param name="corrections">Whether the corrected articles replace the cleaner's (not when importing them).</param>
    public static Pipeline Create(EditionPaths paths, bool corrections = true)
    {
        var builder = Pipeline.Named(PipelineNames.ArticleTexts)
            .DependsOn(PipelineNames.Sources)
            .Process(
                new ReadFromPipeline(PipelineNames.Sources),
                new SplitIntoSegments(),
                new BuildArticle(),
                new SignWitness(),
                new FindWitnessPairs(),
                new AssembleArticles(PipelineNames.Sources));
        return corrections
            ? builder.DependsOn(PipelineNames.Corrections)
                .Process(new AttachCorrections(PipelineNames.Corrections), new ApplyHandCorrection(paths.Display(Corrections.Folder)))
                .Build()
            : builder.Build();
    }
}
