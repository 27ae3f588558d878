using System.Collections.Immutable;

namespace KzEdition.Engine;

/// <summary>
/// One step of a pipeline with one job: takes the documents of the previous step and returns
/// new ones. Modules must be thread-safe: the engine runs independent pipelines at once.
/// </summary>
public interface IModule
{
    /// <summary>The module's name in messages and timings; by default its type name.</summary>
    string Name => GetType().Name;

    Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context);
}
