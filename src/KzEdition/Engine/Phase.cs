namespace KzEdition.Engine;

/// <summary>
/// The phases every pipeline goes through, as in Statiq.
/// </summary>
/// <remarks>
/// Input phases of all pipelines run at once and see nothing of each other. A Process phase
/// runs after the Process phases of the pipeline's dependencies and may read their outputs.
/// PostProcess runs when every pipeline has finished Process, so it may read any pipeline's
/// processed documents (home pages, manifests, sitemaps). There is no Output phase of its own: a
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
