using System.Collections.Concurrent;
using KzEdition.Building;
using KzEdition.Preview;

namespace KzEdition.Tests.Support;

/// <summary>What a preview reported: every build with the changes that caused it, and any fault.</summary>
internal sealed class RecordingPreviewReporter : IPreviewReporter
{
    public ConcurrentQueue<(SessionBuild Build, IReadOnlyCollection<string>? Changes)> Builds { get; } = new();

    public ConcurrentQueue<Exception> Faults { get; } = new();

    public void BuildFinished(SessionBuild build, IReadOnlyCollection<string>? changes) => Builds.Enqueue((build, changes));

    public void Fault(Exception exception) => Faults.Enqueue(exception);
}
