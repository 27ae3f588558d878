using Microsoft.Extensions.Hosting;

namespace KzEdition.Preview;

/// <summary>
/// A host lifetime that leaves Ctrl+C and SIGTERM alone. The default one stops the web host by
/// itself on those signals; here the command line (System.CommandLine) owns them, and stops the
/// preview in order: watcher, builds, event streams, then the server.
/// </summary>
internal sealed class CallerOwnedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
