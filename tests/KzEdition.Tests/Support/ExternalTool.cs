using System.Diagnostics;

namespace KzEdition.Tests.Support;

/// <summary>
/// A command-line tool the gates run (java with the Nu checker, node with html-validate and
/// Lighthouse): found on the PATH or not, run to its end with both streams read while it runs (a
/// full pipe would stall it).
/// </summary>
internal static class ExternalTool
{
    public static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    public static async Task<(int Exit, string Out, string Error)> RunAsync(string tool, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var cancelled = TestContext.Current.CancellationToken;
        var output = process.StandardOutput.ReadToEndAsync(cancelled);
        var error = process.StandardError.ReadToEndAsync(cancelled);
        try
        {
            await process.WaitForExitAsync(cancelled);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output, await error);
    }
}
