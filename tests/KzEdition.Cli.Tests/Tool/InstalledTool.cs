using System.Text.RegularExpressions;
using KzEdition.Cli.Tests.Support;

namespace KzEdition.Cli.Tests.Tool;

/// <summary>
/// The tool as a user gets it, made once for the tests that share it (<see cref="InstalledToolCollection"/>):
/// <c>dotnet pack</c> of src/KzEdition.Cli into a local folder (the pointer package, then with
/// <c>-r linux-x64</c> the program, compiled ahead of time), then <c>dotnet tool install --tool-path</c>
/// from that folder alone. Packing builds in a folder of its own (<c>--artifacts-path</c>), so that
/// the repository's bin/ and obj/ are left as they were.
/// </summary>
public sealed partial class InstalledTool : IAsyncLifetime
{
    // A guard against a hang, not a measure: compiling the program ahead of time takes two to five
    // minutes on the shared 2-core machine, and a pack took over ten under a load average of 14.
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(25);

    /// <summary>The platform the tool's program is packed for: Native AOT compiles for the machine it runs on.</summary>
    public const string RuntimeIdentifier = "linux-x64";

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "kzedition-tool-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>The installed command, <c>kzedition</c>.</summary>
    public string Command => Path.Combine(Root, "tools", "kzedition");

    /// <summary>The local package folder: the pointer package and the RID-specific one.</summary>
    public string Packages => Path.Combine(Root, "packages");

    /// <summary>
    /// Why the tool could not be packed on this machine (not Linux x64; a package the restore needs,
    /// such as the ILCompiler, out of reach; no C toolchain to link with); null when it was.
    /// </summary>
    public string? SkipReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (!OperatingSystem.IsLinux() || System.Runtime.InteropServices.RuntimeInformation.OSArchitecture != System.Runtime.InteropServices.Architecture.X64)
        {
            SkipReason = $"the tool's program is packed for {RuntimeIdentifier}, and Native AOT compiles only for the machine it runs on";
            return;
        }

        Directory.CreateDirectory(Root);
        foreach (var rid in (string?[])[null, RuntimeIdentifier])
        {
            var pack = await ProcessRun.RunAsync("dotnet", RepoFolders.Root, PackTimeout,
                [
                    "pack", Path.Combine(RepoFolders.Root, "src", "KzEdition.Cli"), "-c", "Release", "-o", Packages, "--artifacts-path", Path.Combine(Root, "artifacts"),
                    .. rid is null ? Array.Empty<string>() : ["-r", rid],
                ]);
            if (pack.Exit != 0 && Unavailable().Match(pack.Stdout + pack.Stderr) is { Success: true } missing)
            {
                // Not the tool's fault: the machine lacks what packing needs.
                SkipReason = $"dotnet pack cannot make the tool here ({missing.Value.Trim()}): it needs the runtime.{RuntimeIdentifier}.Microsoft.DotNet.ILCompiler package and a C toolchain (gcc or clang) to link with";
                return;
            }

            Check(pack, rid is null ? "dotnet pack" : $"dotnet pack -r {rid}");
        }

        // Only the local folder as a source: the install must need nothing from a registry.
        var config = Path.Combine(Root, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Packages}" />
              </packageSources>
            </configuration>
            """);
        var install = await ProcessRun.RunAsync("dotnet", Root, PackTimeout,
            "tool", "install", "KzEdition", "--tool-path", Path.Combine(Root, "tools"), "--configfile", config);
        Check(install, "dotnet tool install");
    }

    /// <summary>Runs the installed <c>kzedition</c> in <paramref name="workingDirectory"/>; skips the test when the tool could not be packed here.</summary>
    public Task<(int Exit, string Stdout, string Stderr)> RunAsync(string workingDirectory, params string[] args)
    {
        Assert.SkipWhen(SkipReason is not null, SkipReason ?? "");
        return ProcessRun.RunAsync(Command, workingDirectory, TimeSpan.FromMinutes(3), args);
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

    private static void Check((int Exit, string Stdout, string Stderr) run, string what)
    {
        if (run.Exit != 0)
        {
            throw new InvalidOperationException($"{what} failed ({run.Exit}):\n{run.Stdout}\n{run.Stderr}");
        }
    }

    [GeneratedRegex(@"error NU1(101|102|301)[^\r\n]*|[^\r\n]*nativeaot-prerequisites[^\r\n]*")]
    private static partial Regex Unavailable();
}
