using System.Collections.Concurrent;
using KzEdition.Engine;

namespace KzEdition.Building;

/// <summary>
/// What an <see cref="EditionSession"/> keeps from one build to the next so that the next does
/// only the work its changes call for: the remembered results of each cached step (a
/// <see cref="MemoStore"/> a step), the settings, editorial decisions and theme as long as their
/// files read the same, and the hashes of the output files as last written.
/// </summary>
public sealed class BuildCache
{
    private readonly ConcurrentDictionary<string, MemoStore> _stores = new(StringComparer.Ordinal);

    public MemoStore Store(string step) => _stores.GetOrAdd(step, _ => new MemoStore());

    private readonly ConcurrentDictionary<string, string> _interned = new(StringComparer.Ordinal);

    /// <summary>
    /// The string given, or the equal one of the last build under that name: keys holding it then
    /// compare as the same object, without reading it through for every page.
    /// </summary>
    public string Intern(string name, string value) =>
        _interned.AddOrUpdate(name, value, (_, last) => last == value ? last : value);

    /// <summary>The files the watcher saw change before this build (full paths); null when unknown.</summary>
    internal IReadOnlyCollection<string>? ChangedPaths { get; set; }

    /// <summary>
    /// Whether the watcher saw nothing change at <paramref name="path"/> (a file, or a folder and
    /// everything in it) since the last build: no path it names is this one, inside it, or a folder
    /// above it (a folder moved in whole is one event, not one a file). False when it does not know
    /// (the first build, or a lost track of events). A step that would otherwise read a folder again,
    /// or look at each of a thousand files, then looks only at what the watcher names.
    /// </summary>
    public bool Untouched(string path)
    {
        if (ChangedPaths is null || !HasOutput)
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

    /// <summary>What the index builder remembers: facts and mentions of each paragraph, related articles, the last index.</summary>
    public Indexing.IndexMemo IndexMemo => _indexMemo ??= new(Store("index-facts"), Store("index-mentions"), Store("index-related"));

    private Indexing.IndexMemo? _indexMemo;

    /// <summary>The search index as the last build left it, updated article by article.</summary>
    public Search.SearchIndexState SearchIndex { get; } = new();

    /// <summary>The settings, editorial decisions and theme as loaded, each with the text of the files it was loaded from.</summary>
    internal Dictionary<string, (string Files, object Value)> Loaded { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Each output file (relative path, '/') as the last finished build left it, and as this build
    /// makes it. Kept from build to build and updated in place: a rebuild of a large edition sets
    /// aside thousands of unchanged files, and made two new dictionaries of them every time.
    /// </summary>
    private readonly ConcurrentDictionary<string, OutputFile> _files = new(StringComparer.Ordinal);

    private int _build;

    private ConcurrentQueue<string> _changed = new();

    /// <summary>Whether the output folder holds a complete build the next can update in place.</summary>
    internal bool HasOutput { get; private set; }

    /// <summary>Whether this build writes into the output in place (else into a staging folder swapped in whole).</summary>
    internal bool InPlace { get; private set; }

    /// <summary>The output files the last build wrote or deleted (relative, '/').</summary>
    public IReadOnlyList<string> Changed { get; private set; } = [];

    /// <summary>
    /// Whether a file's text is the very string object written there last time (a page the build
    /// remembered): then it is unchanged without hashing or looking at the disk (a file deleted from
    /// the output by hand during a preview comes back when its content changes, or at the next
    /// start). Records it as produced.
    /// </summary>
    internal bool IsUnchanged(string destination, object text)
    {
        if (!InPlace || !_files.TryGetValue(destination, out var file) || file.Hash is null || !ReferenceEquals(file.Text, text))
        {
            return false;
        }

        file.Produce(_build, file.Hash, text);
        return true;
    }

    internal void StartWriting(bool inPlace)
    {
        InPlace = inPlace;
        _build++;
        _changed = new();
    }

    /// <summary>
    /// Whether a file needs writing: always into a staging folder; in place only when its content
    /// differs from what was last written there (or the file has gone). Records it as produced.
    /// </summary>
    internal bool NeedsWriting(string destination, string hash, string path, object? text)
    {
        var file = _files.GetOrAdd(destination, _ => new OutputFile());
        var same = InPlace && file.Hash == hash && File.Exists(path);
        file.Produce(_build, hash, text);
        if (same)
        {
            return false;
        }

        if (InPlace)
        {
            // The file is about to change on disk: should this build fail, what was written there is not known.
            file.Forget();
        }

        _changed.Enqueue(destination);
        return true;
    }

    /// <summary>After the output is committed: in place, deletes the files this build no longer makes.</summary>
    internal void FinishWriting(string outputDirectory)
    {
        foreach (var (destination, file) in _files)
        {
            if (file.Build == _build)
            {
                file.Commit();
                continue;
            }

            _files.TryRemove(destination, out _);
            if (InPlace)
            {
                var path = Path.Combine(outputDirectory, destination);
                if (File.Exists(path))
                {
                    File.Delete(path);
                }

                _changed.Enqueue(destination);
            }
        }

        Changed = [.. _changed.Distinct().Order(StringComparer.Ordinal)];
        HasOutput = true;
    }

    /// <summary>Hits and misses of the last build, by step: what the benchmark and tests look at.</summary>
    public IReadOnlyDictionary<string, (int Hits, int Misses)> Statistics { get; private set; } = new Dictionary<string, (int, int)>();

    internal void EndBuild(bool succeeded)
    {
        Statistics = _stores.ToDictionary(s => s.Key, s => (s.Value.Hits, s.Value.Misses), StringComparer.Ordinal);
        foreach (var store in _stores.Values)
        {
            store.EndBuild(succeeded);
        }
    }
}
