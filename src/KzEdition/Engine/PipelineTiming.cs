namespace KzEdition.Engine;

/// <summary>How long one phase of one pipeline took, for <c>--verbose</c>.</summary>
/// <param name="Started">When the phase started, from the start of the run: where it lay on the build's timeline.</param>
public sealed record PipelineTiming(string Pipeline, Phase Phase, TimeSpan Elapsed, int Documents, TimeSpan Started = default);
