using System.Collections.Immutable;

namespace KzEdition.Engine;

/// <summary>
/// Base of modules that treat each document on its own: runs them concurrently, keeps their
/// order, and names the document when one fails.
/// </summary>
public abstract class PerDocumentModule : IModule
{
    public virtual string Name => GetType().Name;

    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var results = new IEnumerable<Document>[inputs.Length];
        await Parallel.ForAsync(0, inputs.Length, context.CancellationToken, async (i, _) =>
        {
            try
            {
                results[i] = await ExecuteAsync(inputs[i], context);
            }
            catch (Exception ex) when (ex is not DocumentException and not BuildException and not OperationCanceledException)
            {
                throw new DocumentException(inputs[i], ex);
            }
        });
        return [.. results.SelectMany(r => r)];
    }

    /// <summary>Returns the documents that replace <paramref name="input"/>: usually one, possibly none or several.</summary>
    protected abstract Task<IEnumerable<Document>> ExecuteAsync(Document input, IExecutionContext context);
}
