using System.Collections.Immutable;

namespace KzEdition.Engine;

/// <summary>
/// Runs modules over a pipeline's documents once per distinct key and remembers the result, with
/// the diagnostics they reported (replayed on a hit, so the build report is the same). Without a
/// store (a plain build) it simply runs the modules.
/// </summary>
public sealed class CachedModules(MemoStore? store, Func<ImmutableArray<Document>, IExecutionContext, object> keyOf, params IModule[] modules) : IModule
{
    public string Name => $"{nameof(CachedModules)}({string.Join(", ", modules.Select(m => m.Name))})";

    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        if (store is null)
        {
            return await Run(modules, inputs, context);
        }

        var key = keyOf(inputs, context);
        if (store.TryGet<(ImmutableArray<Document> Documents, ImmutableArray<Diagnostic> Reported)>(key, out var remembered))
        {
            foreach (var diagnostic in remembered.Reported)
            {
                context.Report(diagnostic);
            }

            return remembered.Documents;
        }

        var recording = new RecordingContext(context);
        var documents = await Run(modules, inputs, recording);
        store.Set(key, (documents, recording.Reported.ToImmutableArray()));
        return documents;
    }

    internal static async Task<ImmutableArray<Document>> Run(IModule[] modules, ImmutableArray<Document> documents, IExecutionContext context)
    {
        foreach (var module in modules)
        {
            documents = await module.ExecuteAsync(documents, context);
        }

        return documents;
    }
}
