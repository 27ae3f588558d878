using System.Collections.Immutable;

namespace KzEdition.Engine;

/// <summary>
/// Gives back the documents its modules made last time, without running them, while what they
/// read is untouched (in an incremental session, a folder the watcher saw no change in is not read
/// again). Runs them when it is touched, when that is not known, or without a store (a plain build).
/// </summary>
/// <remarks>For modules that read files and report nothing (their failures are thrown, never remembered).</remarks>
public sealed class RememberedWhileUntouched(MemoStore? store, Func<bool> untouched, params IModule[] modules) : IModule
{
    private static readonly object Last = new();

    public string Name => $"{nameof(RememberedWhileUntouched)}({string.Join(", ", modules.Select(m => m.Name))})";

    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        if (store is not null && untouched() && store.TryGet(Last, out ImmutableArray<Document> last))
        {
            return last;
        }

        var documents = await CachedModules.Run(modules, inputs, context);
        store?.Set(Last, documents);
        return documents;
    }
}
