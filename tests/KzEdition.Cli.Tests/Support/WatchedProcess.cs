using System.Diagnostics;

namespace KzEdition.Cli.Tests.Support;

/// <summary>
/// A program started with its output read as it comes (a server that keeps running): what it has
/// written so far can be waited for (<see cref="LockedWriter.WaitForAsync"/>) while it runs.
/// </summary>
internal static class WatchedProcess
{
    public static (Process Process, LockedWriter Stdout, LockedWriter Stderr) Start(string program, string? workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        var stdout = new LockedWriter();
        var stderr = new LockedWriter();
        process.OutputDataReceived += (_, e) => stdout.WriteLine(e.Data);
        process.ErrorDataReceived += (_, e) => stderr.WriteLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return (process, stdout, stderr);
    }
}
