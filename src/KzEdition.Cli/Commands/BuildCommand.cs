using System.CommandLine;
using KzEdition.Building;
using KzEdition.Cli.Reporting;
using KzEdition.Engine;

namespace KzEdition.Cli.Commands;

/// <summary><c>kzedition build</c>: builds the edition from the input folder into the output folder.</summary>
internal static class BuildCommand
{
    /// <summary>The exit code of a build stopped by bad input (the message names the file).</summary>
    public const int InputError = 1;

    /// <summary>The exit code of a failure that is KzEdition's fault, not the input's.</summary>
    public const int InternalError = 70;

    public static Command Create(TextWriter output, TextWriter error, bool interactive)
    {
        var input = CommonOptions.Input();
        var outputOption = CommonOptions.Output();
        var verbose = CommonOptions.Verbose();
        var baseUrl = CommonOptions.BaseUrl();
        var theme = CommonOptions.Theme();

        var command = new Command("build", "Build the edition: clean the sources, write Markdown and HTML, the manifest and the assets.")
        {
            input, outputOption, baseUrl, theme, verbose,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new BuildOptions(parse.GetValue(input)!, parse.GetValue(outputOption)!, parse.GetValue(baseUrl), parse.GetValue(theme));
            var reporter = interactive ? (IBuildReporter)new TerminalBuildReporter() : new PlainBuildReporter(output, error);
            return await RunAsync(options, parse.GetValue(verbose), reporter, cancellationToken);
        });
        return command;
    }

    internal static Task<int> RunAsync(BuildOptions options, bool verbose, IBuildReporter reporter, CancellationToken cancellationToken) =>
        RunAsync(options, verbose, reporter, progress => EditionBuilder.BuildAsync(options, progress, cancellationToken));

    /// <summary>Runs a build (plain, or with PDFs) and reports it; bad input ends in <see cref="InputError"/>.</summary>
    internal static async Task<int> RunAsync(BuildOptions options, bool verbose, IBuildReporter reporter, Func<Action<PipelineTiming>, Task<BuildResult>> build)
    {
        try
        {
            var result = await reporter.TrackAsync(build);
            reporter.Succeeded(options, result, verbose);
            return 0;
        }
        catch (BuildException ex)
        {
            reporter.Failed(ex.Diagnostics, context: null);
            return InputError;
        }
        catch (PipelineException ex) when (ex.InnerException is BuildException inner)
        {
            reporter.Failed(inner.Diagnostics, ex.Where);
            return InputError;
        }
        catch (PipelineException ex)
        {
            // A bug, not the input's fault: one line asking for a report; the trace with --verbose.
            var message = $"internal error: {ex.Message}; this is a bug in KzEdition: please report it with the command you ran{(verbose ? "" : " (add --verbose for the details)")}";
            reporter.Failed([Diagnostic.Error(message)], context: verbose ? ex.InnerException?.ToString() : null);
            return InternalError;
        }
    }
}
