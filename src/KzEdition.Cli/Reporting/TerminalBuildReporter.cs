using System.Collections.Immutable;
using KzEdition.Building;
using KzEdition.Engine;
using Spectre.Console;

namespace KzEdition.Cli.Reporting;

/// <summary>For a person at a terminal: a spinner naming the pipeline at work, colours, a timings table.</summary>
internal sealed class TerminalBuildReporter : IBuildReporter
{
    public async Task<BuildResult> TrackAsync(Func<Action<PipelineTiming>, Task<BuildResult>> build) =>
        await AnsiConsole.Status().Spinner(Spinner.Known.Dots).StartAsync("Building the edition…", async status =>
            await build(timing => status.Status($"Building the edition… {Markup.Escape(timing.Pipeline)}: {timing.Phase} done")));

    public void Succeeded(BuildOptions options, BuildResult result, bool verbose)
    {
        foreach (var diagnostic in BuildSummary.Shown(result, verbose))
        {
            var colour = diagnostic.Severity == Severity.Warning ? "yellow" : "grey";
            AnsiConsole.MarkupLine($"[{colour}]{Markup.Escape(diagnostic.ToString())}[/]");
        }

        if (verbose)
        {
            var table = new Table().AddColumns("Pipeline", "Phase", "ms", "Documents");
            foreach (var t in result.Timings)
            {
                table.AddRow(t.Pipeline, t.Phase.ToString(), t.Elapsed.TotalMilliseconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture), t.Documents.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine("Modules (time summed over their documents):");
            foreach (var line in BuildSummary.ModuleTimings(result))
            {
                AnsiConsole.MarkupLine(Markup.Escape(line));
            }

            AnsiConsole.MarkupLine(Markup.Escape(BuildSummary.Memory()));
        }

        var warnings = BuildSummary.Warnings(result);
        if (warnings.Length > 0)
        {
            AnsiConsole.MarkupLine($"[yellow]{Markup.Escape(warnings)}[/]");
        }

        AnsiConsole.MarkupLine(Markup.Escape(BuildSummary.Findings(result)));
        AnsiConsole.MarkupLine($"[green]{Markup.Escape(BuildSummary.Headline(options, result))}[/]");
        if (BuildSummary.Empty(options, result) is { Length: > 0 } empty)
        {
            AnsiConsole.MarkupLine(Markup.Escape(empty));
        }
    }

    public void Failed(ImmutableArray<Diagnostic> diagnostics, string? context)
    {
        foreach (var diagnostic in diagnostics)
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(diagnostic.ToString())}[/]");
        }

        if (context is not null)
        {
            AnsiConsole.MarkupLine($"[grey]  ({Markup.Escape(context)})[/]");
        }

        AnsiConsole.MarkupLine("[red]Build failed; the previous output was left as it was.[/]");
    }
}
