using System.Collections.Immutable;

namespace KzEdition.Engine;

/// <summary>
/// Runs modules only on the documents whose key is new, and takes the others' results from the
/// store: an edit of one article re-renders that article. The documents missed are run together,
/// so the modules still work on them in parallel; when the modules do not give exactly one
/// document for each (a filter, or two files made of one), the missed ones are run one by one.
/// Without a store (a plain build) it simply runs the modules.
/// </summary>
public sealed class CachedPerDocument(MemoStore? store, Func<Document, IExecutionContext, object> keyOf, params IModule[] modules) : IModule
{
    public string Name => $"{nameof(CachedPerDocument)}({string.Join(", ", modules.Select(m => m.Name))})";

    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        if (store is null)
        {
            return await CachedModules.Run(modules, inputs, context);
        }

        var results = new ImmutableArray<Document>[inputs.Length];
        var keys = new object[inputs.Length];
        var missed = new List<int>();
        for (var i = 0; i < inputs.Length; i++)
        {
            keys[i] = keyOf(inputs[i], context);
            if (store.TryGet<ImmutableArray<Document>>(keys[i], out var remembered))
            {
                results[i] = remembered;
            }
            else
            {
                missed.Add(i);
            }
        }

        if (missed.Count > 0)
        {
            var outputs = await CachedModules.Run(modules, [.. missed.Select(i => inputs[i])], context);
            if (outputs.Length == missed.Count)
            {
                for (var m = 0; m < missed.Count; m++)
                {
                    results[missed[m]] = [outputs[m]];
                }
            }
            else
            {
                foreach (var i in missed)
                {
                    results[i] = await CachedModules.Run(modules, [inputs[i]], context);
                }
            }

            foreach (var i in missed)
            {
                store.Set(keys[i], results[i]);
            }
        }

        return [.. results.SelectMany(r => r)];
    }
}
