using System.Collections.Immutable;
using KzEdition.Engine;

namespace KzEdition.Modules;

/// <summary>Reads every file under the theme's <c>assets/</c> as bytes; destination <c>assets/...</c>.</summary>
/// <param name="memo">In an incremental session, where the last build's documents are kept.</param>
/// <param name="untouched">Whether the session's watcher saw nothing change in the folder: then the last build's documents are given back unread (and, the same objects, are not hashed or written again).</param>
public sealed class ReadThemeAssets(string assetsDirectory, MemoStore? memo = null, Func<bool>? untouched = null) : IModule
{
    private static readonly object All = new();

    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        if (memo is not null && untouched?.Invoke() == true && memo.TryGet(All, out ImmutableArray<Document> last))
        {
            return last;
        }

        var read = await ReadAsync(context.CancellationToken);
        memo?.Set(All, read);
        return read;
    }

    private async Task<ImmutableArray<Document>> ReadAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(assetsDirectory))
        {
            return [];
        }

        var documents = ImmutableArray.CreateBuilder<Document>();
        foreach (var file in Directory.EnumerateFiles(assetsDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(assetsDirectory, file).Replace('\\', '/');
            var bytes = await File.ReadAllBytesAsync(file, cancellationToken);
            documents.Add(Document.Create(file, $"assets/{relative}", "") with { Bytes = bytes });
        }

        return documents.ToImmutable();
    }
}
