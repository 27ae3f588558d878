using System.Diagnostics;

namespace KzEdition.Cli.Tests.Support;

/// <summary>
/// The command line run as a process of its own (<c>dotnet KzEdition.Cli.dll …</c>), for what an
/// in-process run cannot show: an environment of its own (invariant globalization), or a death by
/// SIGKILL that no finally block survives.
/// </summary>
internal static class ChildProcessCli
{
    public static async Task<(int Exit, string Stderr)> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(typeof(CliApp).Assembly.Location);
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        _ = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stderr);
    }
}
