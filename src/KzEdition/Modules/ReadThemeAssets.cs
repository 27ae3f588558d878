using System.Collections.Immutable;
using KzEdition.Engine;

namespace KzEdition.Modules;

/// <summary>Reads every file under the theme's <c>assets/</c> as bytes; destination <c>assets/...</c>.</summary>
public sealed class ReadThemeAssets(string assetsDirectory) : IModule
{
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        if (!Directory.Exists(assetsDirectory))
        {
            return [];
        }

        var documents = ImmutableArray.CreateBuilder<Document>();
        foreach (var file in Directory.EnumerateFiles(assetsDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(assetsDirectory, file).Replace('\\', '/');
            var bytes = await File.ReadAllBytesAsync(file, context.CancellationToken);
            documents.Add(Document.Create(file, $"assets/{relative}", "") with { Bytes = bytes });
        }

        return documents.ToImmutable();
    }
}
