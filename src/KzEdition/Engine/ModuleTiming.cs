namespace KzEdition.Engine;

/// <summary>
/// How long one module of one pipeline worked in a run, summed over the documents it was given (so
/// a per-document module on two cores may show more than the run took), for <c>--verbose</c>.
/// </summary>
/// <param name="Runs">How many times it ran (once a document for a per-document module), the remembered results left out.</param>
/// <param name="Remembered">How many results the engine gave back without running it.</param>
public sealed record ModuleTiming(string Pipeline, Phase Phase, string Module, TimeSpan Elapsed, int Runs, int Remembered)
{
    /// <summary>How long looking up and checking its remembered results took, summed (a per-document module's; zero for others).</summary>
    public TimeSpan Checking { get; init; }

    /// <summary>The managed memory its runs allocated, in bytes.</summary>
    public long Allocated { get; init; }
}
