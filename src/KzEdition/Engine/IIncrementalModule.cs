using System.Collections.Immutable;

namespace KzEdition.Engine;

/// <summary>The untyped face of <see cref="IncrementalModule{TState}"/>, as the engine calls it.</summary>
public interface IIncrementalModule : IModule
{
    (ImmutableArray<Document> Outputs, object State) Build(ImmutableArray<Document> inputs, IExecutionContext context);

    (ImmutableArray<Document> Outputs, object State) Update(object state, ImmutableArray<Document> inputs, IReadOnlyList<bool> changed, int previousCount, IExecutionContext context);
}
