using KzEdition.Templating;

namespace KzEdition.Preview;

/// <summary>What <c>kzedition serve</c> builds, watches and where it listens; paths as the user gave them.</summary>
/// <param name="Theme">The theme folder (<c>--theme</c>); null for <c>theme/</c> beside the input folder, else the built-in theme.</param>
/// <param name="Host">The address to listen on: loopback unless the editor asks for the network.</param>
/// <param name="Port">The port; 0 lets the system choose a free one (the tests do).</param>
public sealed record PreviewOptions(
    string Input = "input",
    string Output = "output",
    string? Theme = null,
    string Host = PreviewOptions.DefaultHost,
    int Port = PreviewOptions.DefaultPort)
{
    public const string DefaultHost = "127.0.0.1";

    public const int DefaultPort = 5080;

    /// <summary>The theme folder the preview builds with and watches (<see cref="ThemeLocation.Resolve"/>).</summary>
    public ThemeLocation ResolveTheme() => ThemeLocation.Resolve(Theme, Input);
}
