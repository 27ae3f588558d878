using System.CommandLine;
using System.Globalization;
using KzEdition.Building;
using KzEdition.Cli.Reporting;
using KzEdition.Pdf;

namespace KzEdition.Cli.Commands;

/// <summary>
/// <c>kzedition pdf</c>: builds the edition as <c>build</c> does, with the article pages linking
/// their PDFs, and prints the print edition and every article to PDF with headless Chromium before
/// the new output replaces the old: a failure (Chromium missing, a layout that never finishes)
/// leaves the previous output as it was.
/// </summary>
internal static class PdfCommand
{
    public static Command Create(TextWriter output, TextWriter error, bool interactive)
    {
        var input = CommonOptions.Input();
        var outputOption = CommonOptions.Output();
        var verbose = CommonOptions.Verbose();
        var baseUrl = CommonOptions.BaseUrl();
        var theme = CommonOptions.Theme();
        var chromium = new Option<string?>("--chromium")
        {
            Description = $"The Chromium executable to print with (default: ${ChromiumExecutable.Variable}, else /usr/bin/chromium).",
        };
        var command = new Command("pdf", "Build the edition and print it to PDF with headless Chromium: print/<edition>.pdf and articles/<slug>/<slug>.pdf.")
        {
            input, outputOption, baseUrl, theme, chromium, verbose,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new BuildOptions(parse.GetValue(input)!, parse.GetValue(outputOption)!, parse.GetValue(baseUrl), parse.GetValue(theme), Pdf: true);
            var reporter = interactive ? (IBuildReporter)new TerminalBuildReporter() : new PlainBuildReporter(output, error);
            PdfReport? report = null;
            var executable = parse.GetValue(chromium);
            if (ChromiumExecutable.MissingReason(executable) is { } missing)
            {
                // Said before building: a build that can only fail at its end is time lost.
                reporter.Failed([Engine.Diagnostic.Error(missing)], context: null);
                return BuildCommand.InputError;
            }

            var code = await BuildCommand.RunAsync(options, parse.GetValue(verbose), reporter, progress => EditionBuilder.BuildAsync(
                options,
                async (site, token) => report = await PdfRenderer.RenderAsync(site, executable, token),
                progress,
                cancellationToken));
            if (report is not null && code == 0)
            {
                var first = report.Files.Count > 0 ? $": {options.Output.TrimEnd('/')}/{report.Files[0]}" : "";
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Printed {report.Files.Count} PDFs in {report.Total.TotalSeconds:0.0} s (the edition {report.Edition.TotalSeconds:0.0} s, the articles {report.Articles.TotalSeconds:0.0} s){first}"));
            }

            return code;
        });
        return command;
    }
}
