using System.CommandLine;
using KzEdition.Cli.Commands;

namespace KzEdition.Cli;

/// <summary>The command line: one subcommand a file under Commands/, each a thin layer over the library.</summary>
public static class CliApp
{
    public static RootCommand CreateRootCommand(TextWriter output, TextWriter error, bool interactive, TextReader? input = null)
    {
        var root = new RootCommand("KzEdition: builds a scholarly digital edition of Kazakh articles from their raw texts.");
        root.Subcommands.Add(BuildCommand.Create(output, error, interactive));
        root.Subcommands.Add(ImportCommand.Create(output, error));
        root.Subcommands.Add(StemCommand.Create(input ?? Console.In, output, error));
        root.Subcommands.Add(ServeCommand.Create(output, error));
        root.Subcommands.Add(PdfCommand.Create(output, error, interactive));
        return root;
    }

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, bool interactive, TextReader? input = null)
    {
        var root = CreateRootCommand(output, error, interactive, input);
        return root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }

    /// <summary>Progress animations only for a person at a terminal; plain lines for pipes, logs and CI.</summary>
    public static bool IsInteractiveTerminal() =>
        !Console.IsOutputRedirected && !Console.IsErrorRedirected &&
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) &&
        Environment.GetEnvironmentVariable("TERM") is not (null or "dumb");
}
