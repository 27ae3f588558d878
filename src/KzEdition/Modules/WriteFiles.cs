using System.Security.Cryptography;
using System.Text;
using KzEdition.Engine;

namespace KzEdition.Modules;

/// <summary>
/// Writes each document that has a destination into the build's staging folder (UTF-8 without
/// BOM, LF line ends, or the bytes as they are). Refuses destinations that would leave it.
/// </summary>
/// <remarks>
/// In an incremental session (<paramref name="cache"/> given) each file's SHA-256 is recorded, and
/// when the session writes in place a file whose content is unchanged is not written again.
/// </remarks>
public sealed class WriteFiles(string stagingDirectory, Building.BuildCache? cache = null) : PerDocumentModule
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    protected override async Task<IEnumerable<Document>> ExecuteAsync(Document input, IExecutionContext context)
    {
        if (input.Destination is null)
        {
            return [input];
        }

        // The very text written there last time (a remembered page): nothing to hash, nothing to write.
        var destination = input.Destination.Replace('\\', '/');
        if (cache is not null && input.Bytes is null && cache.IsUnchanged(destination, input.Content))
        {
            return [input];
        }

        var root = Path.GetFullPath(stagingDirectory) + Path.DirectorySeparatorChar;
        var path = Path.GetFullPath(Path.Combine(root, input.Destination));
        if (!path.StartsWith(root, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"destination '{input.Destination}' lies outside the output folder");
        }

        var bytes = input.Bytes is { } given ? given.ToArray() : Utf8.GetBytes(input.Content);
        if (cache is not null && !cache.NeedsWriting(destination, Convert.ToHexString(SHA256.HashData(bytes)), path, input.Bytes is null ? input.Content : null))
        {
            return [input];
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (cache is { InPlace: true })
        {
            // The preview serves this folder while it writes: a page is replaced whole, never seen half-written.
            var temporary = path + ".kzedition-partial";
            await File.WriteAllBytesAsync(temporary, bytes, context.CancellationToken);
            File.Move(temporary, path, overwrite: true);
        }
        else
        {
            await File.WriteAllBytesAsync(path, bytes, context.CancellationToken);
        }

        return [input];
    }
}
