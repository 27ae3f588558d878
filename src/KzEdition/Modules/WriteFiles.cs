using System.Text;
using KzEdition.Engine;

namespace KzEdition.Modules;

/// <summary>
/// Writes each document that has a destination into the build's staging folder (UTF-8 without
/// BOM, LF line ends, or the bytes as they are). Refuses destinations that would leave it.
/// </summary>
public sealed class WriteFiles(string stagingDirectory) : PerDocumentModule
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    protected override async Task<IEnumerable<Document>> ExecuteAsync(Document input, IExecutionContext context)
    {
        if (input.Destination is null)
        {
            return [input];
        }

        var root = Path.GetFullPath(stagingDirectory) + Path.DirectorySeparatorChar;
        var path = Path.GetFullPath(Path.Combine(root, input.Destination));
        if (!path.StartsWith(root, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"destination '{input.Destination}' lies outside the output folder");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (input.Bytes is { } bytes)
        {
            await File.WriteAllBytesAsync(path, bytes.ToArray(), context.CancellationToken);
        }
        else
        {
            await File.WriteAllTextAsync(path, input.Content, Utf8, context.CancellationToken);
        }

        return [input];
    }
}
