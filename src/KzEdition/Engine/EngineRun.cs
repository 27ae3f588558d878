using KzEdition.Engine.Memo;

namespace KzEdition.Engine;

/// <summary>What one run of the engine is given: the build's resources, where its files go, and what it may remember.</summary>
/// <param name="Resources">The values modules read as resources (settings, theme, editorial decisions).</param>
/// <param name="Output">Where <c>WriteFiles</c> writes.</param>
public sealed record EngineRun(Resources Resources, IOutputSink Output)
{
    /// <summary>The store of remembered results: <see cref="MemoStore.Forgetful"/> for a plain build, one kept from run to run by the preview.</summary>
    public MemoStore Store { get; init; } = MemoStore.Forgetful;

    /// <summary>
    /// The files that changed since the last run (full paths), as a watcher saw them, or null when that is
    /// not known: a module that reads folders (<see cref="Reads.Folders"/>) is run again unless none of them is touched.
    /// </summary>
    public IReadOnlyCollection<string>? ChangedPaths { get; init; }

    /// <summary>
    /// The keys the caller reads of the result's documents, or null to keep every value to the end. When
    /// given, the engine lets go of each value of a pipeline's documents that no module still to run
    /// declares it reads (<see cref="KeyLiveness"/>), and the result's documents hold only these keys.
    /// </summary>
    public IReadOnlySet<IKey>? Kept { get; init; }

    /// <summary>
    /// Whether the watcher saw nothing change at <paramref name="path"/> (a file, or a folder and everything
    /// in it): no path it names is this one, inside it, or a folder above it (a folder moved in whole is one
    /// event, not one a file). False when that is not known.
    /// </summary>
    public bool Untouched(string path)
    {
        if (ChangedPaths is null)
        {
            return false;
        }

        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        return !ChangedPaths.Any(p =>
        {
            var changed = Path.TrimEndingDirectorySeparator(Path.GetFullPath(p));
            return changed == full || Within(changed, full) || Within(full, changed);
        });

        static bool Within(string inner, string outer) => inner.StartsWith(outer + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
