using System.Text.RegularExpressions;
using KzEdition.Cli.Tests.Support;

namespace KzEdition.Cli.Tests.Native;

/// <summary>
/// The native build of the command line (README, "A native build"), made once for the tests that
/// share it: <c>dotnet publish src/KzEdition.Cli -r linux-x64 -p:PublishAot=true</c> into a folder
/// of its own (<c>--artifacts-path</c>), so that the repository's bin/ and obj/ are left as they were.
/// </summary>
public sealed partial class NativeBuild : IAsyncLifetime
{
    // A guard against a hang, not a measure: compiling ahead of time takes two to five minutes on
    // the shared 2-core machine, longer under load.
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(25);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "kzedition-native-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>The native program.</summary>
    public string Program => Path.Combine(Root, "bin", "KzEdition.Cli");

    /// <summary>Why the native program could not be made here (not Linux x64, the ILCompiler package out of reach, no C toolchain to link with); null when it was.</summary>
    public string? SkipReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (!OperatingSystem.IsLinux() || System.Runtime.InteropServices.RuntimeInformation.OSArchitecture != System.Runtime.InteropServices.Architecture.X64)
        {
            SkipReason = "the native build is made and checked for linux-x64";
            return;
        }

        Directory.CreateDirectory(Root);
        var publish = await ProcessRun.RunAsync("dotnet", RepoFolders.Root, PublishTimeout,
            "publish", Path.Combine(RepoFolders.Root, "src", "KzEdition.Cli"), "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true",
            "-o", Path.Combine(Root, "bin"), "--artifacts-path", Path.Combine(Root, "artifacts"));
        if (publish.Exit != 0 && Unavailable().Match(publish.Stdout + publish.Stderr) is { Success: true } missing)
        {
            // Not the program's fault: the machine lacks what compiling ahead of time needs.
            SkipReason = $"dotnet publish -p:PublishAot=true cannot run here ({missing.Value.Trim()}): it needs the runtime.linux-x64.Microsoft.DotNet.ILCompiler package and a C toolchain (gcc or clang) to link with";
            return;
        }

        if (publish.Exit != 0)
        {
            throw new InvalidOperationException($"dotnet publish -p:PublishAot=true failed ({publish.Exit}):\n{publish.Stdout}\n{publish.Stderr}");
        }
    }

    /// <summary>Runs the native program in <paramref name="workingDirectory"/>; skips the test when it could not be made here.</summary>
    public Task<(int Exit, string Stdout, string Stderr)> RunAsync(string workingDirectory, params string[] args)
    {
        Assert.SkipWhen(SkipReason is not null, SkipReason ?? "");
        return ProcessRun.RunAsync(Program, workingDirectory, TimeSpan.FromMinutes(3), args);
    }

    public ValueTask DisposeAsync()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }

        return ValueTask.CompletedTask;
    }

    [GeneratedRegex(@"error NU1(101|102|301)[^\r\n]*|[^\r\n]*nativeaot-prerequisites[^\r\n]*")]
    private static partial Regex Unavailable();
}
