using System.Collections.Immutable;
using System.Diagnostics;
using KzEdition.Engine;

namespace KzEdition.Building;

/// <summary>
/// The edition built again and again, as the preview server does: each <see cref="BuildAsync"/>
/// builds the output from the input and theme as they are now, never throws for bad input
/// (the errors come back in the <see cref="SessionBuild"/>, and the last good output stays), and
/// says which output files changed. Builds never overlap: a call waits for the one before.
/// </summary>
public sealed class EditionSession(BuildOptions options) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public BuildOptions Options { get; } = options;

    public string OutputDirectory => Path.GetFullPath(Options.Output);

    /// <param name="changedPaths">The input or theme files that changed since the last build (full paths); null for "anything may have".</param>
    public async Task<SessionBuild> BuildAsync(IReadOnlyCollection<string>? changedPaths = null, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        var stopwatch = Stopwatch.StartNew();
        try
        {
            var before = Snapshot(OutputDirectory);
            var result = await EditionBuilder.BuildAsync(Options, cancellationToken: cancellationToken);
            var after = Snapshot(OutputDirectory);
            var changed = after.Where(f => !before.TryGetValue(f.Key, out var old) || old != f.Value).Select(f => f.Key)
                .Concat(before.Keys.Where(k => !after.ContainsKey(k)))
                .Order(StringComparer.Ordinal);
            return new SessionBuild(true, [], null, [.. changed], stopwatch.Elapsed, result);
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
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>Each output file's length and write time: enough to tell which files a build rewrote with other content.</summary>
    private static Dictionary<string, (long, DateTime)> Snapshot(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), f => (new FileInfo(f).Length, File.GetLastWriteTimeUtc(f)), StringComparer.Ordinal)
            : [];
}
