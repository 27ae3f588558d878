using System.Diagnostics;
using KzEdition.Engine;

namespace KzEdition.Building;

/// <summary>
/// The edition built again and again, as the preview server does: each <see cref="BuildAsync"/>
/// builds the output from the input and theme as they are now, never throws for bad input
/// (the errors come back in the <see cref="SessionBuild"/>, and the last good output stays), and
/// says which output files changed. Builds never overlap: a call waits for the one before.
/// It is the same build as <c>kzedition build</c>, with a <see cref="BuildCache"/>: each step runs
/// only on what changed since the last build (see <see cref="EditionPipelines.Create"/>), and after
/// the first build the output is updated in place, only the files whose content changed.
/// Its output is byte-identical to a plain build of the same input (tested).
/// </summary>
public sealed class EditionSession(BuildOptions options) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly BuildCache _cache = new();

    // What changed since the last build that succeeded: a failed build may have stopped before a
    // step looked at its changes, so they are given again to the next (null: not known).
    private List<string>? _sinceSuccess = [];

    public BuildOptions Options { get; } = options;

    public string OutputDirectory => Path.GetFullPath(Options.Output);

    /// <param name="changedPaths">
    /// The files that changed, as a watcher saw them, or null when that is not known (the session
    /// then looks at everything). The session finds what changed itself, a source or corrected
    /// article by its length and time of writing and then its content, everything else by content;
    /// what it takes from this list is that a file it does not name is unchanged: the sources folder
    /// is not read again when no path lies in it (reading a large edition's sources again costs tens
    /// of milliseconds), and a corrected article's file not named is not even looked at (a thousand
    /// of them cost milliseconds). The paths given to a build that failed count for the next build
    /// too. (Two writes of the same length within one tick of the file system's clock, a few
    /// milliseconds, with a build between them, would go unseen when the list is not known; the
    /// preview's quiet period rules that out.)
    /// </param>
    public async Task<SessionBuild> BuildAsync(IReadOnlyCollection<string>? changedPaths = null, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        var stopwatch = Stopwatch.StartNew();
        var succeeded = false;
        try
        {
            _sinceSuccess = changedPaths is null || _sinceSuccess is null ? null : [.. _sinceSuccess, .. changedPaths];
            _cache.ChangedPaths = _sinceSuccess;
            var result = await EditionBuilder.BuildAsync(Options, null, _cache, cancellationToken);
            succeeded = true;
            _sinceSuccess = [];
            _cache.EndBuild(succeeded: true);
            return new SessionBuild(true, [], null, [.. _cache.Changed], stopwatch.Elapsed, result);
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
            if (!succeeded)
            {
                _cache.EndBuild(succeeded: false); // keeps what it remembered; the next build tries again
            }

            _gate.Release();
        }
    }

    /// <summary>Hits and misses of each cached step in the last build.</summary>
    public IReadOnlyDictionary<string, (int Hits, int Misses)> CacheStatistics => _cache.Statistics;

    public void Dispose() => _gate.Dispose();
}
