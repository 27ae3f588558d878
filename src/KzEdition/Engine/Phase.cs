namespace KzEdition.Engine;

/// <summary>
/// The phases every pipeline goes through, as in Statiq.
/// </summary>
/// <remarks>
/// Input phases of all pipelines run at once and see nothing of each other. A Process phase
/// runs after the Process phases of the pipeline's dependencies and may read their outputs.
/// PostProcess may read any pipeline's processed documents (home pages, manifests, sitemaps), and
/// each pipeline's PostProcess starts as soon as its own Process and the Process phases of the
/// pipelines its PostProcess modules declare (<see cref="Reads.From"/>) have finished: Statiq waits
/// for every pipeline, which left the pages unrendered while the search index, which no page
/// reads, was built on one core. A module cannot read a pipeline it does not declare, so it cannot
/// see one unfinished. There is no Output phase of its own: a
/// pipeline writes its documents with <c>WriteFiles</c> as they are made, into the build's
/// <see cref="IOutputSink"/>, which keeps the previous output as it was until the whole build has
/// succeeded (a staging folder swapped in whole, or files held back until the end).
/// </remarks>
public enum Phase
{
    Input,
    Process,
    PostProcess,
}
