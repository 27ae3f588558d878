using System.Collections.Concurrent;

namespace KzEdition.Building;

/// <summary>
/// The output files as the preview's last successful build left them: for each (relative, '/'), the
/// hash of its bytes (of its parts' hashes, for a file in parts: <see cref="PartHashes"/>) and the
/// content object it was written from. A page the engine gave back from
/// memory is the very object written last time, so it is known unchanged without being encoded.
/// </summary>
public sealed class SessionFiles
{
    internal ConcurrentDictionary<string, (UInt128 Hash, object Content)> Files { get; } = new(StringComparer.Ordinal);

    /// <summary>For a file written from parts, its parts' hashes: the next build hashes only the parts that are new.</summary>
    internal ConcurrentDictionary<string, PartHashes> Parts { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether a complete build is in the output folder, so that the next can update it in place.</summary>
    internal bool Complete { get; set; }
}
