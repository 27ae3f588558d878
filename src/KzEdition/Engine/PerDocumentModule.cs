namespace KzEdition.Engine;

/// <summary>
/// A module that treats each document on its own: the engine runs it on the documents in parallel,
/// keeps their order, names the document when one fails, and remembers each document's result by
/// the values the module declares it reads.
/// </summary>
/// <remarks>
/// The documents a module returns are made from its input (<see cref="Document.With{T}"/>,
/// <see cref="Document.WithDestination"/>): the engine keeps of each what differs from the input and
/// gives it back, when remembered, on the input of the build that asks, so metadata the module does
/// not read flows through it untouched.
/// </remarks>
public abstract class PerDocumentModule : IModule
{
    public virtual string Name => GetType().Name;

    public abstract Reads Reads { get; }

    /// <summary>The documents that replace <paramref name="input"/>: usually one, possibly none or several.</summary>
    public abstract IEnumerable<Document> Execute(Document input, IExecutionContext context);
}
