namespace KzEdition.Cli.Tests.Tool;

/// <summary>
/// The tests that use the packed and installed tool (<see cref="InstalledTool"/>): one collection, so
/// that the tool is packed once, its program compiled ahead of time once, for all of them.
/// </summary>
[CollectionDefinition(Name)]
public sealed class InstalledToolCollection : ICollectionFixture<InstalledTool>
{
    public const string Name = "installed tool";
}
