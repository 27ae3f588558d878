using System.Collections.Immutable;

namespace KzEdition.Engine;

/// <summary>
/// A module over a pipeline's documents together that can also update its last result when a few
/// inputs changed: the search index, the corpus's word evidence. <see cref="Build"/> makes the result
/// from nothing (a plain build, or when the inputs were added, removed or reordered, as the module
/// decides); <see cref="Update"/> brings the last build's state up to the inputs, told which changed.
/// Both must give the same documents: each incremental module is tested against its own Build.
/// </summary>
/// <typeparam name="TState">What the module keeps between builds; it reflects exactly the inputs it was last built or updated with.</typeparam>
public abstract class IncrementalModule<TState> : IIncrementalModule
    where TState : class
{
    public virtual string Name => GetType().Name;

    public abstract Reads Reads { get; }

    public abstract (ImmutableArray<Document> Outputs, TState State) Build(ImmutableArray<Document> inputs, IExecutionContext context);

    /// <param name="state">The state the last Build or Update left (its to change or replace).</param>
    /// <param name="changed">For each input, whether its declared values differ from those of the input at that place last time (true for places that are new).</param>
    /// <param name="previousCount">How many inputs there were last time.</param>
    public abstract (ImmutableArray<Document> Outputs, TState State) Update(TState state, ImmutableArray<Document> inputs, IReadOnlyList<bool> changed, int previousCount, IExecutionContext context);

    (ImmutableArray<Document>, object) IIncrementalModule.Build(ImmutableArray<Document> inputs, IExecutionContext context) => Build(inputs, context);

    (ImmutableArray<Document>, object) IIncrementalModule.Update(object state, ImmutableArray<Document> inputs, IReadOnlyList<bool> changed, int previousCount, IExecutionContext context) =>
        Update((TState)state, inputs, changed, previousCount, context);
}
