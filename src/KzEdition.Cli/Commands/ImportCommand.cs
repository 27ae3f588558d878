using System.CommandLine;
using KzEdition.Building;
using KzEdition.Engine;

namespace KzEdition.Cli.Commands;

/// <summary>
/// <c>kzedition import</c>: writes the cleaned Markdown of every article into input/articles/ for
/// hand correction, never overwriting a file an editor has changed.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = CommonOptions.Input();
        var command = new Command("import", "Write each article's cleaned Markdown into input/articles/<slug>.md for hand correction; files an editor changed are left alone.")
        {
            input,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                var outcomes = await ArticleImporter.ImportAsync(parse.GetValue(input)!, parse.GetValue(input)!, cancellationToken);
                foreach (var outcome in outcomes)
                {
                    output.WriteLine(outcome.Action switch
                    {
                        ImportAction.Written => $"wrote    {outcome.Path}",
                        ImportAction.Updated => $"updated  {outcome.Path} (unchanged since the last import; the cleaner's text changed)",
                        ImportAction.Unchanged => $"same     {outcome.Path}",
                        _ => $"kept     {outcome.Path} (changed by an editor: left alone)",
                    });
                }

                output.WriteLine($"{outcomes.Length} articles; the build now uses these files instead of the automatic cleaning.");
                return 0;
            }
            catch (BuildException ex)
            {
                foreach (var diagnostic in ex.Diagnostics)
                {
                    error.WriteLine(diagnostic);
                }

                return BuildCommand.InputError;
            }
            catch (PipelineException ex) when (ex.InnerException is BuildException inner)
            {
                foreach (var diagnostic in inner.Diagnostics)
                {
                    error.WriteLine(diagnostic);
                }

                return BuildCommand.InputError;
            }
        });
        return command;
    }
}
