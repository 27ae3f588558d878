using System.CommandLine;
using KzEdition.Cli.Commands;

namespace KzEdition.Cli;

/// <summary>The command line: one subcommand a file under Commands/, each a thin layer over the library.</summary>
public static class CliApp
{
    /// <summary>The command's name, as installed (ToolCommandName in KzEdition.Cli.csproj) and as help names it.</summary>
    public const string Name = "kzedition";

    public static RootCommand CreateRootCommand(TextWriter output, TextWriter error, bool interactive, TextReader? input = null)
    {
        // Help would otherwise name the running assembly, KzEdition.Cli.
        var root = new RootCommand("KzEdition: builds a scholarly digital edition of Kazakh articles from their raw texts.") { HelpName = Name };
        ProgramVersion.Attach(root, output);
        root.Subcommands.Add(NewCommand.Create(output, error));
        root.Subcommands.Add(BuildCommand.Create(output, error, interactive));
        root.Subcommands.Add(ImportCommand.Create(output, error));
        root.Subcommands.Add(StemCommand.Create(input ?? Console.In, output, error));
        root.Subcommands.Add(ServeCommand.Create(output, error));
        root.Subcommands.Add(PdfCommand.Create(output, error, interactive));
        root.Subcommands.Add(ThemeCommand.Create(output, error));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, bool interactive, TextReader? input = null)
    {
        var root = CreateRootCommand(output, error, interactive, input);
        try
        {
            // Our own handler below, not System.CommandLine's, which prints the stack trace and exits 1
            // (exit 1 means bad input here).
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Whatever no command caught is KzEdition's fault, not the input's: one line asking for a
            // report, the trace only when asked for.
            await error.WriteLineAsync($"error: internal error ({ex.GetType().Name}: {ex.Message}); this is a bug in KzEdition: please report it with the command you ran{(Verbose(args) ? "" : " (add --verbose for the details)")}.");
            if (Verbose(args))
            {
                await error.WriteLineAsync(ex.ToString());
            }

            return BuildCommand.InternalError;
        }
    }

    private static bool Verbose(string[] args) => args.Contains("--verbose") || args.Contains("-v");

    /// <summary>Progress animations only for a person at a terminal; plain lines for pipes, logs and CI.</summary>
    public static bool IsInteractiveTerminal() =>
        !Console.IsOutputRedirected && !Console.IsErrorRedirected &&
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) &&
        Environment.GetEnvironmentVariable("TERM") is not (null or "dumb");
}
