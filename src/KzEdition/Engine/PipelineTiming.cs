namespace KzEdition.Engine;

/// <summary>How long one phase of one pipeline took, for <c>--verbose</c>.</summary>
public sealed record PipelineTiming(string Pipeline, Phase Phase, TimeSpan Elapsed, int Documents);
