using System.Diagnostics;

namespace KzEdition.Cli.Tests.Support;

/// <summary>A program run to its end in a folder of its own, its output collected, killed if it outlives its timeout.</summary>
internal static class ProcessRun
{
    public static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(string program, string workingDirectory, TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        // Plain lines, no spinner; and no first-run banner or telemetry notice from dotnet.
        start.Environment["CI"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(program)} {string.Join(' ', args)} did not end within {timeout}: {await stdout}{await stderr}");
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}
