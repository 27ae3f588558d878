using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace KzEdition.Cli;

/// <summary>
/// What <c>kzedition --version</c> says: the version and the git commit it was built from. The
/// SDK's Source Link support puts the commit into the informational version (<c>1.0.0+&lt;sha&gt;</c>)
/// wherever the build sees the git repository (a clone, a worktree); outside one the commit is unknown.
/// </summary>
internal static class ProgramVersion
{
    public static string Informational { get; } =
        typeof(ProgramVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>The version without the commit: <c>1.0.0</c>.</summary>
    public static string Version => Informational.Split('+')[0];

    /// <summary>The commit's full SHA-1; null when the build did not know it.</summary>
    public static string? Commit => Informational.Split('+') is [_, var sha, ..] && sha.Length > 0 ? sha : null;

    public static string Text => $"{CliApp.Name} {Version} (commit {Commit ?? "unknown"})";

    /// <summary>Makes <c>--version</c> print <see cref="Text"/> instead of the bare informational version.</summary>
    public static void Attach(RootCommand root, TextWriter output)
    {
        foreach (var option in root.Options.OfType<VersionOption>())
        {
            option.Action = new PrintVersion(output);
        }
    }

    private sealed class PrintVersion(TextWriter output) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            output.WriteLine(Text);
            return 0;
        }
    }
}
