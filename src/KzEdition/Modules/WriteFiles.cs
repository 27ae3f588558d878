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
public sealed class WriteFiles(string stagingDirectory, Building.BuildCache? cache = null) : IModule
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes the documents concurrently; first, in one quick pass, sets aside those whose text is
    /// the very one written last time (a preview rebuild of a large edition has thousands).
    /// </summary>
    public async Task<System.Collections.Immutable.ImmutableArray<Document>> ExecuteAsync(System.Collections.Immutable.ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var pending = new List<Document>(cache is null ? inputs.Length : 0);
        foreach (var input in inputs)
        {
            // The very text written there last time (a remembered page): nothing to hash, nothing to write.
            if (input.Destination is not null && !(cache is not null && input.Bytes is null && cache.IsUnchanged(input.Destination.Replace('\\', '/'), input.Content)))
            {
                pending.Add(input);
            }
        }

        await Parallel.ForEachAsync(pending, context.CancellationToken, async (input, _) =>
        {
            try
            {
                await WriteAsync(input, context);
            }
            catch (Exception ex) when (ex is not DocumentException and not BuildException and not OperationCanceledException)
            {
                throw new DocumentException(input, ex);
            }
        });
        return inputs;
    }

    private async Task WriteAsync(Document input, IExecutionContext context)
    {
        var destination = input.Destination!.Replace('\\', '/');

        var root = Path.GetFullPath(stagingDirectory) + Path.DirectorySeparatorChar;
        var path = Path.GetFullPath(Path.Combine(root, destination));
        if (!path.StartsWith(root, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"destination '{input.Destination}' lies outside the output folder");
        }

        var bytes = input.Bytes is { } given ? given.ToArray() : Utf8.GetBytes(input.Content);
        if (cache is not null && !cache.NeedsWriting(destination, Convert.ToHexString(SHA256.HashData(bytes)), path, input.Bytes is null ? input.Content : null))
        {
            return;
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
    }
}
