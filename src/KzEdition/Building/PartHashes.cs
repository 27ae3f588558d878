using System.IO.Hashing;
using System.Runtime.InteropServices;
using KzEdition.Engine;

namespace KzEdition.Building;

/// <summary>
/// The hash of a document in parts (<see cref="ContentParts"/>) made from its parts' hashes, each
/// part hashed once: a part the last build wrote is the same string object again (the engine gives
/// remembered fragments back as they were), so an edit of one article of the 36 MB print edition
/// of 1,000 articles hashes that article's part, not the whole file encoded as UTF-8.
/// </summary>
/// <remarks>
/// A part is hashed over its UTF-16 text, so a surrogate pair split between two parts hashes as it
/// stands; the whole is the hash of the parts' hashes in order. The same parts give the same hash, and
/// different text a different one; the same text split into other parts gives another hash, which
/// costs one needless write, nothing more. The hash is the preview's own (<see cref="SessionFiles"/>),
/// compared only with the hash of the same destination in the last build.
/// </remarks>
internal sealed class PartHashes
{
    private PartHashes(ContentParts parts, UInt128[] hashes, UInt128 whole)
    {
        Parts = parts;
        Hashes = hashes;
        Whole = whole;
    }

    public ContentParts Parts { get; }

    /// <summary>Each part's hash, in the parts' order.</summary>
    public UInt128[] Hashes { get; }

    /// <summary>The hash of the whole document.</summary>
    public UInt128 Whole { get; }

    /// <summary>
    /// How many bytes each part took in the file as last written from these parts (null until
    /// written): the next write of the file starts at the first part that changed.
    /// </summary>
    public long[]? Utf8Lengths { get; set; }

    /// <summary>The hashes of these parts, taking each part's hash from <paramref name="last"/> where the part is the same string object.</summary>
    public static PartHashes Of(ContentParts parts, PartHashes? last)
    {
        Dictionary<string, UInt128>? known = null;
        if (last is not null)
        {
            known = new Dictionary<string, UInt128>(last.Hashes.Length, ReferenceEqualityComparer.Instance);
            for (var i = 0; i < last.Hashes.Length; i++)
            {
                known.TryAdd(last.Parts.Parts[i], last.Hashes[i]);
            }
        }

        var hashes = new UInt128[parts.Parts.Length];
        for (var i = 0; i < hashes.Length; i++)
        {
            var part = parts.Parts[i];
            hashes[i] = known is not null && known.TryGetValue(part, out var hash) ? hash : XxHash128.HashToUInt128(MemoryMarshal.AsBytes(part.AsSpan()));
        }

        return new PartHashes(parts, hashes, XxHash128.HashToUInt128(MemoryMarshal.AsBytes(hashes.AsSpan())));
    }
}
