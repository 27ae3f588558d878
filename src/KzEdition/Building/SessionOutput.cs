using System.Collections.Concurrent;
using System.IO.Hashing;
using KzEdition.Engine;

namespace KzEdition.Building;

/// <summary>
/// The preview's output: like a plain build's, the first build writes every file into a staging
/// folder swapped in at the end; later builds update the output in place, and only the files whose
/// bytes changed, once the whole build has succeeded (<see cref="Commit"/>): until then the files
/// that changed are held back, so a failed build leaves the output as it was. Files the build no
/// longer makes are deleted. Each file's hash is kept (<see cref="SessionFiles"/>) for the next build.
/// </summary>
public sealed class SessionOutput : IOutputSink
{
    private readonly SessionFiles _known;
    private readonly string _root;
    private readonly bool _inPlace;
    private readonly ConcurrentDictionary<string, (string Source, UInt128 Hash, object Content)> _produced = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PartHashes> _producedParts = new(StringComparer.Ordinal);

    // Held back until the build has succeeded: the bytes of a file, or a document's parts with their
    // hashes (PartHashes), encoded only as they are written (the print edition is never one array).
    private readonly ConcurrentDictionary<string, object> _pending = new(StringComparer.Ordinal);
    private readonly OutputClaims _claims = new();

    /// <param name="directory">The staging folder (first build), or the output folder itself (later builds, in place).</param>
    public SessionOutput(SessionFiles known, string directory, bool inPlace)
    {
        _known = known;
        _root = Path.GetFullPath(directory) + Path.DirectorySeparatorChar;
        _inPlace = inPlace;
    }

    /// <summary>The files the build wrote or deleted (relative, '/'), once committed.</summary>
    public IReadOnlyList<string> Changed { get; private set; } = [];

    public void Write(Document document)
    {
        var destination = StagingOutput.Destination(document);
        var content = ContentOf(document);
        var source = document.Source ?? "a generated page";
        UInt128 hash;
        object? written = null; // what is written if the file differs: its bytes, or its parts
        (UInt128 Hash, object Content) last = default;
        var same = _inPlace && _known.Files.TryGetValue(destination, out last) && ReferenceEquals(last.Content, content);
        if (same)
        {
            hash = last.Hash; // the very content written last time: nothing to encode
        }
        else if (content is ContentParts parts)
        {
            var lastParts = _known.Parts.GetValueOrDefault(destination);
            var hashes = PartHashes.Of(parts, lastParts);
            if (lastParts is not null && lastParts.Whole == hashes.Whole)
            {
                hashes.Utf8Lengths = lastParts.Utf8Lengths; // the same bytes as the file holds
            }

            _producedParts[destination] = hashes;
            hash = hashes.Whole;
            written = hashes;
        }
        else
        {
            var bytes = BytesOf(document);
            hash = XxHash128.HashToUInt128(bytes);
            written = bytes;
        }

        _claims.Claim(destination, source, document.Source);
        _produced[destination] = (source, hash, content);

        // The path made only where the content may differ: most pages of a rebuild are the very content of the last.
        if (!_inPlace)
        {
            var path = StagingOutput.PathOf(_root, destination);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            Overwrite(path, written!, last: null);
        }
        else if (!same)
        {
            var path = StagingOutput.PathOf(_root, destination); // and refused here if it leaves the folder
            if (!(_known.Files.TryGetValue(destination, out var known) && known.Hash == hash && File.Exists(path)))
            {
                _pending[destination] = written!;
            }
        }
    }

    /// <summary>
    /// After the build succeeded (and, for the first build, its staging folder became the output):
    /// writes the files held back, deletes those no longer made, and remembers what is there now.
    /// </summary>
    public void Commit()
    {
        // The files to write, each with the record of parts its file was last written from: read
        // now, for the record is brought up to date below while the files are written.
        var pending = _pending.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => (Destination: p.Key, Content: p.Value, Last: _known.Parts.GetValueOrDefault(p.Key)))
            .ToList();

        // What the files hold now, recorded on the other core while this one writes: at 1,000
        // articles the record is some 7,000 files, and an edit's writes are mostly the print
        // edition's, whose end moves (PartsFile); one after the other they were 15–20 ms of an edit.
        var recording = Task.Run(Record);
        var written = 0;
        Exception? failure = null;
        try
        {
            for (; written < pending.Count; written++)
            {
                var (destination, content, last) = pending[written];
                var path = StagingOutput.PathOf(_root, destination);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                Overwrite(path, content, last);
            }
        }
        catch (Exception ex)
        {
            failure = ex;
        }

        var gone = recording.GetAwaiter().GetResult();
        if (failure is not null)
        {
            // Written in part, perhaps, or not at all: nothing known of the file is trusted by the next build.
            foreach (var (destination, _, _) in pending.Skip(written))
            {
                _known.Files.TryRemove(destination, out _);
                _known.Parts.TryRemove(destination, out _);
            }

            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }

        var changed = pending.Select(p => p.Destination).ToList();
        foreach (var destination in gone)
        {
            _known.Files.TryRemove(destination, out _);
            _known.Parts.TryRemove(destination, out _);
            if (_inPlace)
            {
                var path = StagingOutput.PathOf(_root, destination);
                if (File.Exists(path))
                {
                    File.Delete(path);
                }

                changed.Add(destination);
            }
        }

        _known.Complete = true;
        Changed = _inPlace ? [.. changed.Order(StringComparer.Ordinal)] : [.. _produced.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Records what each file made holds now (an entry written only where it differs: most are the
    /// very content of the last build), and gives the files known before that this build no longer
    /// makes (forgotten and deleted once the writes have succeeded).
    /// </summary>
    private List<string> Record()
    {
        var stillMade = 0;
        foreach (var (destination, produced) in _produced)
        {
            if (_known.Files.TryGetValue(destination, out var known))
            {
                stillMade++;
                if (known.Hash == produced.Hash && ReferenceEquals(known.Content, produced.Content))
                {
                    continue;
                }
            }

            _known.Files[destination] = (produced.Hash, produced.Content);
            if (produced.Content is not ContentParts && _known.Parts.ContainsKey(destination))
            {
                // A record of parts left from an earlier build would describe another file: a later build in parts would trust its lengths.
                _known.Parts.TryRemove(destination, out _);
            }
        }

        foreach (var (destination, hashes) in _producedParts)
        {
            _known.Parts[destination] = hashes;
        }

        // Every file known before is still made when as many of them were found as there were.
        var knownBefore = _known.Files.Count - (_produced.Count - stillMade);
        return stillMade == knownBefore ? [] : [.. _known.Files.Keys.Where(d => !_produced.ContainsKey(d))];
    }

    /// <summary>The content of a document not in parts as UTF-8 (its bytes as they are).</summary>
    private static byte[] BytesOf(Document document) => document.Raw(Keys.Text) is string text
        ? StagingOutput.Utf8.GetBytes(text)
        : document.Raw(Keys.Bytes) is ReadOnlyMemory<byte> raw
            ? WholeArrayOf(raw) ?? raw.ToArray()
            : throw new InvalidOperationException($"{document.DisplayName} has a destination but no content to write.");

    /// <summary>What identifies the content written: the text string, the parts object, or for bytes their array (or the document itself, immutable).</summary>
    private static object ContentOf(Document document) =>
        document.Raw(Keys.Parts) ?? document.Raw(Keys.Text)
        ?? (document.Raw(Keys.Bytes) is ReadOnlyMemory<byte> bytes ? WholeArrayOf(bytes) : null) ?? (object)document;

    /// <summary>The array the bytes are, when they are a whole array (not a slice of one).</summary>
    private static byte[]? WholeArrayOf(ReadOnlyMemory<byte> bytes) =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(bytes, out var array) && array.Array is { } whole && array.Offset == 0 && array.Count == whole.Length ? whole : null;

    /// <summary>
    /// Writes the content (bytes, or a document's parts encoded part by part) over the file where it
    /// is, and cuts the file to its length. A document in parts whose file was last written from
    /// <paramref name="last"/> is written from its first changed part to its last (<see cref="PartsFile"/>):
    /// the bytes before are those the file holds, and those after are moved (an edit of one article
    /// of the print edition encodes that article, not all 36 MB of 1,000 articles).
    /// </summary>
    /// <remarks>
    /// Over, not instead of: a file replaced (a new file renamed over it, or the old one truncated to
    /// nothing and written again) has its blocks freed, and on this machine's ext4 (mounted with
    /// <c>discard</c>) that made a preview rebuild writing 340 search buckets of 24 KB take 105 ms
    /// instead of 16 ms. The preview holds requests back while a build writes (OutputGate), so no page
    /// is read half-written.
    /// </remarks>
    /// <param name="content">The file's bytes, or its parts (<see cref="PartHashes"/>).</param>
    private static void Overwrite(string path, object content, PartHashes? last)
    {
        using var file = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read | FileShare.Delete); // read: the end of a document in parts moves
        long length;
        if (content is byte[] bytes)
        {
            RandomAccess.Write(file, bytes, 0);
            length = bytes.Length;
        }
        else
        {
            length = PartsFile.Write(file, (PartHashes)content, last);
        }

        RandomAccess.SetLength(file, length);
    }
}
