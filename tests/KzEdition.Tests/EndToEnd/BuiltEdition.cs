using KzEdition.Building;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.EndToEnd;

/// <summary>The real input/ built once into a temporary folder, shared by the end-to-end tests.</summary>
public sealed class BuiltEdition : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();

    public string Output => _temp.Combine("site");

    public BuildResult Result { get; private set; } = null!;

    public SortedDictionary<string, string> InputBefore { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        InputBefore = FolderSnapshot.Take(RepoPaths.Input);
        Result = await EditionBuilder.BuildAsync(new BuildOptions(RepoPaths.Input, Output, Theme: RepoPaths.Theme), cancellationToken: TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        _temp.Dispose();
        return ValueTask.CompletedTask;
    }
}
