using KzEdition.Building;

namespace KzEdition.Preview;

/// <summary>How the preview tells the person who started it what happens (the CLI prints it).</summary>
public interface IPreviewReporter
{
    /// <summary>A build ended, well or not; called once for the first build, then once a rebuild.</summary>
    /// <param name="changes">The changed files that caused it (full paths); null for the first build, or when the watcher lost track.</param>
    void BuildFinished(SessionBuild build, IReadOnlyCollection<string>? changes);

    /// <summary>Something failed that is KzEdition's fault, not the input's (a build that threw, a request that crashed); the preview goes on.</summary>
    void Fault(Exception exception);
}
