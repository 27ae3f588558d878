namespace KzEdition.Cli.Tests.Support;

/// <summary>The command line run as a user runs it from a script (not interactive), its output collected.</summary>
internal static class CommandLine
{
    /// <summary>Runs <c>kzedition</c> with the arguments; the exit code and what went to standard output and error.</summary>
    public static async Task<(int Exit, string Stdout, string Stderr)> Run(params string[] args)
    {
        // Locked writers: a command may write from other threads (the preview's builds) while it runs.
        using var stdout = new LockedWriter();
        using var stderr = new LockedWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr, interactive: false);
        return (exit, stdout.Text, stderr.Text);
    }
}
