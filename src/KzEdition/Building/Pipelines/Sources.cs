using KzEdition.Engine;
using KzEdition.Modules;

namespace KzEdition.Building.Pipelines;

/// <summary>
/// The raw texts of <c>input/sources/</c>: each file read and decoded, the corpus's evidence gathered
/// from all of them, then each cleaned and cut into article segments.
/// </summary>
public static class Sources
{
    /// <summary>The note <c>kzedition new</c> leaves in <c>sources/</c> saying what to put there: not a source.</summary>
    public const string Readme = "README.md";

    public static Pipeline Create(EditionPaths paths) => Pipeline.Named(PipelineNames.Sources)
        .Input(new ListFiles(paths.Folder("sources"), paths.Display("sources"), except: Readme))
        .Process(
            new WarnWithoutSources(paths.Display("sources")),
            new DecodeSource(),
            new DescribeVocabulary(),
            new GatherCorpusEvidence(),
            new AttachSourceEdits(),
            new CleanSource(),
            new SegmentSource())
        .Build();
}
