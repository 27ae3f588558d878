namespace KzEdition.Engine;

/// <summary>
/// A module failed: names the pipeline, phase, module and (when the failure concerns one) the document.
/// </summary>
public sealed class PipelineException : Exception
{
    public PipelineException(string pipeline, Phase phase, string module, string? document, Exception inner)
        : base(Describe(pipeline, phase, module, document, inner), inner)
    {
        Pipeline = pipeline;
        Phase = phase;
        Module = module;
        DocumentName = document;
    }

    public string Pipeline { get; }

    public Phase Phase { get; }

    public string Module { get; }

    public string? DocumentName { get; }

    /// <summary>Where the build was when it failed, without the failure's own message.</summary>
    public string Where => $"in pipeline '{Pipeline}', {Phase} phase, module {Module}" + (DocumentName is null ? "" : $", on {DocumentName}");

    private static string Describe(string pipeline, Phase phase, string module, string? document, Exception inner)
    {
        var what = document is null ? "" : $" on {document}";
        return $"Pipeline '{pipeline}', {phase} phase, module {module}{what}: {inner.Message}";
    }
}
