using System.Text.RegularExpressions;
using KzEdition.Cli.Tests.Support;

namespace KzEdition.Cli.Tests.Tool;

/// <summary>
/// The tool as a user gets it, made once for the tests that share it: <c>dotnet pack</c> of
/// src/KzEdition.Cli into a local folder, then <c>dotnet tool install --tool-path</c> from that
/// folder alone. Packing builds in a folder of its own (<c>--artifacts-path</c>), so that the
/// repository's bin/ and obj/ are left as they were.
/// </summary>
public sealed partial class InstalledTool : IAsyncLifetime
{
    // A guard against a hang, not a measure: the pack (a Release build of four projects, then the
    // linux-x64 one compiled ReadyToRun) takes about a minute alone, but over ten on the shared
    // 2-core machine under a load average of 14, where a 10-minute guard once fired.
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(20);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "kzedition-tool-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>The installed command, <c>kzedition</c>.</summary>
    public string Command => Path.Combine(Root, "tools", "kzedition");

    /// <summary>The local package folder: the pointer package and the RID-specific one.</summary>
    public string Packages => Path.Combine(Root, "packages");

    /// <summary>Why the tool could not be packed on this machine (a package restore needs, such as Crossgen2 for linux-x64, is out of reach); null when it was.</summary>
    public string? SkipReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Root);
        var pack = await ProcessRun.RunAsync("dotnet", RepoFolders.Root, PackTimeout,
            "pack", Path.Combine(RepoFolders.Root, "src", "KzEdition.Cli"), "-c", "Release", "-o", Packages, "--artifacts-path", Path.Combine(Root, "artifacts"));
        if (pack.Exit != 0 && RestoreError().Match(pack.Stdout + pack.Stderr) is { Success: true } restore)
        {
            // Not the tool's fault: the machine cannot reach the packages a ReadyToRun pack needs.
            SkipReason = $"dotnet pack could not restore what it needs ({restore.Value.Trim()}): the NuGet cache or a registry must provide Microsoft.NETCore.App.Crossgen2.linux-x64 and the linux-x64 runtime packs";
            return;
        }

        Check(pack, "dotnet pack");

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

    [GeneratedRegex(@"error NU1(101|102|301)[^\r\n]*")]
    private static partial Regex RestoreError();
}
