using System.Diagnostics;
using KzEdition.Engine;
using KzEdition.Engine.Memo;

namespace KzEdition.Building;

/// <summary>
/// The edition built again and again, as the preview server does: each <see cref="BuildAsync"/>
/// builds the output from the input and theme as they are now, never throws for bad input (the
/// errors come back in the <see cref="SessionBuild"/>, and the last good output stays), and says
/// which output files changed. Builds never overlap: a call waits for the one before.
/// It is the same build as <c>kzedition build</c>, with a store the engine keeps its results in from
/// build to build (<see cref="MemoStore"/>): each module runs again only on what its declared inputs
/// say changed, and after the first build the output is updated in place, only the files whose bytes
/// changed. Its output is byte-identical to a plain build of the same input (tested, also as a
/// property over random edits).
/// </summary>
/// <param name="store">Where the session remembers results: a new one by default; tests give <see cref="MemoStore.Checking"/>.</param>
public sealed class EditionSession(BuildOptions options, MemoStore? store = null) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly MemoStore _store = store ?? new();
    private readonly SessionFiles _files = new();

    // What changed since the last build that succeeded: a failed build may have stopped before a
    // step looked at its changes, so they are given again to the next (null: not known).
    private List<string>? _sinceSuccess = [];

    public BuildOptions Options { get; } = options;

    public string OutputDirectory => Path.GetFullPath(Options.Output);

    /// <param name="changedPaths">
    /// The files that changed, as a watcher saw them, or null when that is not known (the session
    /// then looks at everything). What the build takes from this list is that a folder it does not
    /// touch is unchanged: a folder of sources or corrected articles is not listed again. Files it
    /// lists are read again only when their length or time of writing changed. The paths given to a
    /// build that failed count for the next build too.
    /// </param>
    public async Task<SessionBuild> BuildAsync(IReadOnlyCollection<string>? changedPaths = null, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        var stopwatch = Stopwatch.StartNew();
        var succeeded = false;
        try
        {
            _sinceSuccess = changedPaths is null || _sinceSuccess is null ? null : [.. _sinceSuccess, .. changedPaths];
            var session = new EditionBuilder.Session(_store, _files, _sinceSuccess);
            var result = await EditionBuilder.BuildAsync(Options, null, session, afterWrite: null, cancellationToken);
            succeeded = true;
            _sinceSuccess = [];
            return new SessionBuild(true, [], null, [.. session.Changed], stopwatch.Elapsed, result);
        }
        catch (BuildException ex)
        {
            return new SessionBuild(false, ex.Diagnostics, null, [], stopwatch.Elapsed, null);
        }
        catch (PipelineException ex) when (ex.InnerException is BuildException inner)
        {
            return new SessionBuild(false, inner.Diagnostics, ex.Where, [], stopwatch.Elapsed, null);
        }
        catch (PipelineException ex)
        {
            return new SessionBuild(false, [Diagnostic.Error(ex.Message)], ex.InnerException?.ToString(), [], stopwatch.Elapsed, null);
        }
        finally
        {
            _store.EndBuild(succeeded); // after a failure it keeps what it remembered; the next build tries again

            _gate.Release();
        }
    }

    /// <summary>Hits and misses of each module (pipeline/module) in the last build.</summary>
    public IReadOnlyDictionary<string, (int Hits, int Misses)> CacheStatistics => _store.Statistics;

    public void Dispose() => _gate.Dispose();
}
