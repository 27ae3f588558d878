using System.Collections.Immutable;
using System.Collections.Concurrent;
using System.Text;
using KzEdition.Engine;

namespace KzEdition.Building;

/// <summary>
/// A plain build's output: each file written at once into the staging folder (which becomes the
/// output when the whole build has succeeded, <see cref="OutputFolder"/>), as UTF-8 without BOM or
/// as its bytes, a document in parts part by part. Refuses destinations that would leave the folder,
/// and two documents that meet in one place, naming both (<see cref="OutputClaims"/>).
/// </summary>
public sealed class StagingOutput(string stagingDirectory) : IOutputSink
{
    internal static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _root = Path.GetFullPath(stagingDirectory) + Path.DirectorySeparatorChar;
    private readonly OutputClaims _claims = new();

    /// <summary>The folders made so far: each is made once, not asked of the file system for every file in it.</summary>
    private readonly ConcurrentDictionary<string, Lazy<bool>> _folders = new(StringComparer.Ordinal);

    /// <summary>The files written, relative with '/', each with the document it was made from (for messages).</summary>
    public IReadOnlyDictionary<string, string> Written => _claims.Files;

    public void Write(Document document)
    {
        var destination = Destination(document);
        var source = document.Source ?? "a generated page";
        _claims.Claim(destination, source, document.Source);

        var path = PathOf(_root, destination);
        var folder = Path.GetDirectoryName(path)!;
        _ = _folders.GetOrAdd(folder, f => new Lazy<bool>(() => Directory.CreateDirectory(f).Exists)).Value;

        // Straight to the file, no stream buffer: the text is encoded once into a rented array.
        using var file = File.OpenHandle(path, FileMode.Create, FileAccess.Write, FileShare.None);
        if (document.Raw(Keys.Text) is string text)
        {
            var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
            try
            {
                RandomAccess.Write(file, buffer.AsSpan(0, Utf8.GetBytes(text, buffer)), 0);
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }

            return;
        }

        long offset = 0;
        foreach (var chunk in Chunks(document))
        {
            RandomAccess.Write(file, chunk.Span, offset);
            offset += chunk.Length;
        }
    }

    /// <summary>The document's content as UTF-8 bytes, in chunks: a document in parts never becomes one array.</summary>
    internal static IEnumerable<ReadOnlyMemory<byte>> Chunks(Document document)
    {
        if (document.Raw(Keys.Bytes) is ReadOnlyMemory<byte> bytes)
        {
            yield return bytes;
        }
        else if (document.Raw(Keys.Parts) is ContentParts parts)
        {
            foreach (var (_, chunk) in Encoded(parts.Parts, from: 0))
            {
                yield return chunk;
            }
        }
        else if (document.Raw(Keys.Text) is string text)
        {
            yield return Utf8.GetBytes(text);
        }
        else
        {
            throw new InvalidOperationException($"{document.DisplayName} has a destination but no content to write.");
        }
    }

    /// <summary>
    /// Parts from <paramref name="from"/> on as UTF-8, in chunks, each with the part it belongs to:
    /// one encoder for them all, so a surrogate pair split between two parts is one character (its
    /// bytes come with the later part). Each chunk is written out before the next is made.
    /// </summary>
    internal static IEnumerable<(int Part, ReadOnlyMemory<byte> Bytes)> Encoded(ImmutableArray<string> parts, int from)
    {
        var encoder = Utf8.GetEncoder();
        var buffer = new byte[1 << 16];
        for (var i = from; i < parts.Length; i++)
        {
            var part = parts[i];
            for (var offset = 0; offset < part.Length;)
            {
                // At most a quarter of the buffer's size in chars: UTF-8 needs up to 3 bytes a char.
                var count = Math.Min(part.Length - offset, buffer.Length / 4);
                var written = encoder.GetBytes(part.AsSpan(offset, count), buffer, flush: false);
                yield return (i, buffer.AsMemory(0, written));
                offset += count;
            }
        }

        // A high surrogate at the very end, held by the encoder until now.
        var last = encoder.GetBytes([], buffer, flush: true);
        if (last > 0)
        {
            yield return (parts.Length - 1, buffer.AsMemory(0, last));
        }
    }

    internal static string Destination(Document document) => document.Destination!.Replace('\\', '/');

    internal static string PathOf(string root, string destination)
    {
        var path = Path.GetFullPath(Path.Combine(root, destination));
        return path.StartsWith(root, StringComparison.Ordinal)
            ? path
            : throw new InvalidOperationException($"destination '{destination}' lies outside the output folder");
    }
}
