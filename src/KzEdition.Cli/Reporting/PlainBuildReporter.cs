using System.Collections.Immutable;
using KzEdition.Building;
using KzEdition.Engine;

namespace KzEdition.Cli.Reporting;

/// <summary>Plain lines, for logs, pipes and CI: results to standard output, errors to standard error.</summary>
internal sealed class PlainBuildReporter(TextWriter output, TextWriter error) : IBuildReporter
{
    public Task<BuildResult> TrackAsync(Func<Action<PipelineTiming>, Task<BuildResult>> build) => build(_ => { });

    public void Succeeded(BuildOptions options, BuildResult result, bool verbose)
    {
        foreach (var diagnostic in BuildSummary.Shown(result, verbose))
        {
            output.WriteLine(diagnostic);
        }

        if (verbose)
        {
            output.WriteLine("Pipelines:");
            foreach (var line in BuildSummary.Timings(result))
            {
                output.WriteLine(line);
            }

            output.WriteLine("Modules (time summed over their documents):");
            foreach (var line in BuildSummary.ModuleTimings(result))
            {
                output.WriteLine(line);
            }

            output.WriteLine(BuildSummary.Memory());
        }

        var warnings = BuildSummary.Warnings(result);
        if (warnings.Length > 0)
        {
            output.WriteLine(warnings);
        }

        output.WriteLine(BuildSummary.Findings(result));
        output.WriteLine(BuildSummary.Headline(options, result));
        if (BuildSummary.Empty(options, result) is { Length: > 0 } empty)
        {
            output.WriteLine(empty);
        }
    }

    public void Failed(ImmutableArray<Diagnostic> diagnostics, string? context)
    {
        foreach (var diagnostic in diagnostics)
        {
            error.WriteLine(diagnostic);
        }

        if (context is not null)
        {
            error.WriteLine($"  ({context})");
        }

        error.WriteLine("Build failed; the previous output was left as it was.");
    }
}
