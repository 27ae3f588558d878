namespace KzEdition.Engine;

/// <summary>
/// A step of a pipeline: a pure function of what it declares it reads (<see cref="Reads"/>). Modules
/// are synchronous and thread-safe; the engine runs them, in parallel where documents are
/// independent, and alone remembers their results (<see cref="Memo.MemoStore"/>).
/// </summary>
/// <remarks>
/// The kinds: <see cref="PerDocumentModule"/> (each document on its own), <see cref="AllDocumentsModule"/>
/// (the pipeline's documents together) and <see cref="IncrementalModule{TState}"/> (together, with an
/// update from the last build's state that is checked against building from nothing).
/// </remarks>
public interface IModule
{
    /// <summary>The module's name in messages, timings and the engine's memory; names the module's configuration when it has one.</summary>
    string Name { get; }

    Reads Reads { get; }
}
