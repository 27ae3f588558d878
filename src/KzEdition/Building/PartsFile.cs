using System.Buffers;
using System.Collections.Immutable;
using Microsoft.Win32.SafeHandles;

namespace KzEdition.Building;

/// <summary>
/// A file the preview wrote from a document's parts (the print edition, the report), written again
/// where it is from the parts it was last written from: the parts before the first that changed
/// stay as they are in the file, and the parts after the last that changed are moved as bytes to
/// where they now begin, not encoded again. An edit of one article of the 36 MB print edition of
/// 1,000 articles encodes that article's part, and moves the rest of the file by the difference.
/// </summary>
/// <remarks>
/// The file's bytes are trusted only when it has the length it was left at (else it was changed by
/// someone else, and is written whole). A part ending in half a surrogate pair was written with
/// the next part's bytes, so neither a kept beginning nor a moved end stops or starts beside one.
/// </remarks>
internal static class PartsFile
{
    /// <summary>How many bytes are moved at a time.</summary>
    private const int MoveChunk = 1 << 20;

    /// <summary>Writes the parts over the file, and returns the file's new length (the caller cuts it there).</summary>
    /// <param name="last">The parts the file was last written from, with their lengths in bytes; null when unknown.</param>
    public static long Write(SafeFileHandle file, PartHashes parts, PartHashes? last)
    {
        var lengths = new long[parts.Hashes.Length];
        var fileLength = RandomAccess.GetLength(file);
        if (last?.Utf8Lengths is not { } lastLengths || lastLengths.Sum() != fileLength)
        {
            var whole = WriteEncoded(file, parts, 0, parts.Hashes.Length, 0, lengths);
            parts.Utf8Lengths = lengths;
            return whole;
        }

        var first = UnchangedBeginning(parts, last);
        long offset = 0;
        for (var i = 0; i < first; i++)
        {
            offset += lengths[i] = lastLengths[i];
        }

        var kept = UnchangedEnd(parts, last, first);
        if (kept == 0)
        {
            var length = WriteEncoded(file, parts, first, parts.Hashes.Length, offset, lengths);
            parts.Utf8Lengths = lengths;
            return length;
        }

        // The changed parts' new length is counted first, so that the end can be moved out of their way.
        var (end, lastEnd) = (parts.Hashes.Length - kept, last.Hashes.Length - kept);
        long changedLength = 0;
        for (var i = first; i < end; i++)
        {
            changedLength += StagingOutput.Utf8.GetByteCount(parts.Parts.Parts[i]);
        }

        long oldEndStart = 0;
        for (var i = 0; i < lastEnd; i++)
        {
            oldEndStart += lastLengths[i];
        }

        var endLength = fileLength - oldEndStart;
        Move(file, oldEndStart, offset + changedLength, endLength);
        var written = WriteEncoded(file, parts, first, end, offset, lengths);
        if (written != offset + changedLength)
        {
            throw new InvalidOperationException($"Parts {first}–{end - 1} took {written - offset} bytes, counted {changedLength}.");
        }

        for (var i = 0; i < kept; i++)
        {
            lengths[end + i] = lastLengths[lastEnd + i];
        }

        parts.Utf8Lengths = lengths;
        return written + endLength;
    }

    /// <summary>How many leading parts are those the file was last written from, never up to a border that half a surrogate pair is held over.</summary>
    private static int UnchangedBeginning(PartHashes parts, PartHashes last)
    {
        var first = 0;
        while (first < parts.Hashes.Length && first < last.Hashes.Length && parts.Hashes[first] == last.Hashes[first])
        {
            first++;
        }

        while (first > 0 && HeldOver(parts.Parts.Parts, first))
        {
            first--;
        }

        return first;
    }

    /// <summary>
    /// How many trailing parts are those the file ends with, after the <paramref name="first"/> kept
    /// at its beginning: none where half a surrogate pair is held over a border the move starts at or
    /// the changed parts' bytes are counted to (each changed part is then counted alone).
    /// </summary>
    private static int UnchangedEnd(PartHashes parts, PartHashes last, int first)
    {
        var (count, lastCount) = (parts.Hashes.Length, last.Hashes.Length);
        var kept = 0;
        while (first + kept < count && first + kept < lastCount && parts.Hashes[count - 1 - kept] == last.Hashes[lastCount - 1 - kept])
        {
            kept++;
        }

        if (kept == 0 || HeldOver(last.Parts.Parts, lastCount - kept))
        {
            return 0;
        }

        for (var border = first + 1; border <= count - kept; border++)
        {
            if (HeldOver(parts.Parts.Parts, border))
            {
                return 0;
            }
        }

        return kept;
    }

    /// <summary>
    /// Whether the last part with any text before <paramref name="border"/> ends in half a surrogate
    /// pair: the encoder holds it, and its bytes are written with the next part that has text (or, at
    /// the very end, with the last part), after the border.
    /// </summary>
    private static bool HeldOver(ImmutableArray<string> parts, int border)
    {
        var before = border - 1;
        while (before >= 0 && parts[before].Length == 0)
        {
            before--;
        }

        return before >= 0 && char.IsHighSurrogate(parts[before][^1]);
    }

    /// <summary>Encodes parts [from, to) at <paramref name="offset"/>, adding each one's bytes to its length; returns where they end.</summary>
    private static long WriteEncoded(SafeFileHandle file, PartHashes parts, int from, int to, long offset, long[] lengths)
    {
        foreach (var (part, chunk) in StagingOutput.Encoded(parts.Parts.Parts[..to], from))
        {
            RandomAccess.Write(file, chunk.Span, offset);
            offset += chunk.Length;
            lengths[part] += chunk.Length;
        }

        return offset;
    }

    /// <summary>Moves <paramref name="length"/> bytes of the file from one offset to another, in the order that never overwrites bytes not yet moved.</summary>
    private static void Move(SafeFileHandle file, long from, long to, long length)
    {
        if (from == to || length == 0)
        {
            return;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(MoveChunk);
        try
        {
            // Later: from the end backwards. Earlier: from the beginning forwards.
            for (long done = 0; done < length;)
            {
                var size = (int)Math.Min(MoveChunk, length - done);
                var at = to > from ? length - done - size : done;
                ReadExactly(file, buffer.AsSpan(0, size), from + at);
                RandomAccess.Write(file, buffer.AsSpan(0, size), to + at);
                done += size;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void ReadExactly(SafeFileHandle file, Span<byte> buffer, long offset)
    {
        while (!buffer.IsEmpty)
        {
            var read = RandomAccess.Read(file, buffer, offset);
            if (read == 0)
            {
                throw new IOException("The file ended before the bytes to move.");
            }

            buffer = buffer[read..];
            offset += read;
        }
    }
}
