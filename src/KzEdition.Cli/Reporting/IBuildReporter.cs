using System.Collections.Immutable;
using KzEdition.Building;
using KzEdition.Engine;

namespace KzEdition.Cli.Reporting;

/// <summary>How the build tells the user what happens: an animated terminal or plain lines.</summary>
internal interface IBuildReporter
{
    Task<BuildResult> TrackAsync(Func<Action<PipelineTiming>, Task<BuildResult>> build);

    void Succeeded(BuildOptions options, BuildResult result, bool verbose);

    /// <param name="context">Where in the build it failed, for the curious; null when the input alone explains it.</param>
    void Failed(ImmutableArray<Diagnostic> diagnostics, string? context);
}
