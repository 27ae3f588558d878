using System.Collections.Immutable;

namespace KzEdition.Engine;

/// <summary>
/// What a module reads, declared: the keys of the documents it is given, the keys it reads only
/// through queries (<see cref="IObservedValue"/>), the build's resources, other pipelines' documents
/// (and which of their keys), and for a module that reads the file system, the folders it reads.
/// The engine remembers a module's results by exactly these values and refuses reads outside them.
/// </summary>
/// <remarks>
/// A module's constructor arguments are part of what it is: they must not come from the input files
/// (those reach a module as resources or documents). Its <see cref="IModule.Name"/> names them when
/// two instances of one module type differ (<c>CreatePage(index.html)</c>).
/// </remarks>
public sealed record Reads
{
    public static Reads Nothing { get; } = new();

    /// <summary>Keys of the module's input documents.</summary>
    public ImmutableArray<IKey> Keys { get; init; } = [];

    /// <summary>
    /// Keys of the input documents read through queries: the engine remembers which queries the module
    /// made and their answers, and runs it again only when one answers differently
    /// (a cleaned source asks the corpus's word evidence about a few words, not all of it).
    /// </summary>
    public ImmutableArray<IKey> Observed { get; init; } = [];

    public ImmutableArray<IResource> Resources { get; init; } = [];

    /// <summary>Other pipelines whose documents the module reads, and the keys it reads of them.</summary>
    public ImmutableArray<(string Pipeline, ImmutableArray<IKey> Keys)> Pipelines { get; init; } = [];

    /// <summary>
    /// Folders the module reads from the file system (full paths). A module that reads files is run
    /// again unless the build is told that nothing in them changed (the preview's watcher).
    /// </summary>
    public ImmutableArray<string> Folders { get; init; } = [];

    /// <summary>
    /// Whether the engine remembers the module's results. False for modules with an effect (writing
    /// files) and for those cheaper to run than to look up.
    /// </summary>
    public bool Remembered { get; init; } = true;

    /// <summary>Whether the module's result depends on the documents' destination and source (most do not; pages do, through their links).</summary>
    public bool Place { get; init; }

    public static Reads Of(params IKey[] keys) => new() { Keys = [.. keys] };

    public Reads And(params IKey[] keys) => this with { Keys = Keys.AddRange(keys) };

    public Reads Observing(params IKey[] keys) => this with { Observed = Observed.AddRange(keys) };

    public Reads Using(params IResource[] resources) => this with { Resources = Resources.AddRange(resources) };

    public Reads From(string pipeline, params IKey[] keys) => this with { Pipelines = Pipelines.Add((pipeline, [.. keys])) };

    public Reads InFolders(params string[] folders) => this with { Folders = Folders.AddRange(folders) };

    public Reads AndPlace() => this with { Place = true };

    public Reads NotRemembered() => this with { Remembered = false };
}
