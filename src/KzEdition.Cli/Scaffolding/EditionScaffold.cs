namespace KzEdition.Cli.Scaffolding;

/// <summary>
/// The files of a new edition (<c>kzedition new</c>): <c>Scaffold/</c> of this project, copied beside
/// the program (KzEdition.Cli.csproj), so that they are real files to read and review, not strings.
/// </summary>
internal static class EditionScaffold
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "Scaffold");

    /// <summary>What a new edition's folder ignores in git: the build's output.</summary>
    public const string GitIgnore = "output/\n";
}
