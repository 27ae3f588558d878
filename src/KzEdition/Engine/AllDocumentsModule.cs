using System.Collections.Immutable;

namespace KzEdition.Engine;

/// <summary>
/// A module that needs a pipeline's documents together (assembling articles from all sources, the
/// index of the whole edition, one page made of many). Remembered by the declared values of every
/// input document, in order: any change among them runs it again.
/// </summary>
/// <remarks>
/// It returns new documents, or its inputs as they are (the same objects): those the engine gives
/// back, when remembered, as the inputs of the build that asks.
/// </remarks>
public abstract class AllDocumentsModule : IModule
{
    public virtual string Name => GetType().Name;

    public abstract Reads Reads { get; }

    public abstract ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context);
}
