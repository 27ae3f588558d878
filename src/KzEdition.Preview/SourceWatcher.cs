namespace KzEdition.Preview;

/// <summary>
/// Watches folders (the input and the theme), every subfolder included, and passes on the full path
/// of each file created, written, deleted or renamed, leaving out <see cref="EditorNoise"/>. When the
/// system drops events (its buffer overflowed), it says that anything may have changed.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    // The largest buffer the system allows without special rights: a checkout of hundreds of files overflows less.
    private const int BufferSize = 64 * 1024;

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Action<string> _changed;
    private readonly Action _lostTrack;

    /// <param name="changed">Called with the full path of a changed file, on a watcher thread.</param>
    /// <param name="lostTrack">Called when events were lost and anything may have changed.</param>
    public SourceWatcher(IEnumerable<string> folders, Action<string> changed, Action lostTrack)
    {
        _changed = changed;
        _lostTrack = lostTrack;
        try
        {
            foreach (var folder in folders.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal))
            {
                var watcher = new FileSystemWatcher(folder)
                {
                    IncludeSubdirectories = true,
                    InternalBufferSize = BufferSize,
                    NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
                };
                watcher.Created += OnChanged;
                watcher.Changed += OnChanged;
                watcher.Deleted += OnChanged;
                watcher.Renamed += OnRenamed;
                watcher.Error += OnError;
                _watchers.Add(watcher);
                watcher.EnableRaisingEvents = true;
            }
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.EnableRaisingEvents = false;
            watcher.Dispose();
        }

        _watchers.Clear();
    }

    private void OnChanged(object sender, FileSystemEventArgs e)
    {
        // A folder's "changed" only says that its entries changed, and those come as events of their own.
        if (e.ChangeType == WatcherChangeTypes.Changed && Directory.Exists(e.FullPath))
        {
            return;
        }

        Report((FileSystemWatcher)sender, e.FullPath);
    }

    // Both names count: an editor that saves by renaming x to x~ and writing a new x changes x.
    private void OnRenamed(object sender, RenamedEventArgs e)
    {
        Report((FileSystemWatcher)sender, e.OldFullPath);
        Report((FileSystemWatcher)sender, e.FullPath);
    }

    private void OnError(object sender, ErrorEventArgs e) => _lostTrack();

    // Judged on the path inside the watched folder, so that the folders around it cannot make it noise.
    private void Report(FileSystemWatcher watcher, string fullPath)
    {
        if (!EditorNoise.IsIgnored(Path.GetRelativePath(watcher.Path, fullPath)))
        {
            _changed(fullPath);
        }
    }
}
