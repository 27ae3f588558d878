namespace KzEdition.Engine;

/// <summary>
/// The four phases every pipeline goes through, as in Statiq.
/// </summary>
/// <remarks>
/// Input phases of all pipelines run at once and see nothing of each other. A Process phase
/// runs after the Process phases of the pipeline's dependencies and may read their outputs.
/// PostProcess runs when every pipeline has finished Process, so it may read any pipeline
/// (home pages, manifests, sitemaps). Output runs when every PostProcess has finished, so
/// nothing is written while any part of the build can still fail.
/// </remarks>
public enum Phase
{
    Input,
    Process,
    PostProcess,
    Output,
}
