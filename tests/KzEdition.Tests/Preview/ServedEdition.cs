using KzEdition.Tests.Support;

namespace KzEdition.Tests.Preview;

/// <summary>
/// One preview of the real input, started once and shared by the tests that only read from it;
/// with a file beside the output and in the input that no request may reach.
/// </summary>
public sealed class ServedEdition : IAsyncLifetime
{
    public const string Secret = "b9d1 not for the web";

    internal RunningPreview Preview { get; } = new();

    public async ValueTask InitializeAsync()
    {
        await File.WriteAllTextAsync(Path.Combine(Preview.Folder, "secret.txt"), Secret, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(Preview.Input, "secret.txt"), Secret, TestContext.Current.CancellationToken);
        var first = await Preview.StartAsync(TestContext.Current.CancellationToken);
        Assert.True(first.Succeeded, string.Join("\n", first.Errors));
    }

    public ValueTask DisposeAsync() => Preview.DisposeAsync();
}
