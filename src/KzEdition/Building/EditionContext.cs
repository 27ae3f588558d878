using KzEdition.Configuration;
using KzEdition.Templating;
using Markdig;

namespace KzEdition.Building;

/// <summary>
/// What every module of one build shares: the settings and the expensive things built once
/// (parsed theme, Markdig pipeline), and the folders it reads and writes.
/// </summary>
/// <param name="DisplayInput">The input folder as the user named it, for messages.</param>
/// <param name="StagingDirectory">The temporary folder the build writes into; it becomes the output on success.</param>
public sealed record EditionContext(
    EditionSettings Settings,
    Editorial.EditorialDecisions Editorial,
    Theme Theme,
    MarkdownPipeline Markdown,
    string InputDirectory,
    string DisplayInput,
    string StagingDirectory)
{
    /// <summary>What an incremental session remembers between builds; null for a plain build.</summary>
    public BuildCache? Cache { get; init; }

    /// <summary>Whether the build makes PDFs (the <c>pdf</c> command): article pages then link theirs.</summary>
    public bool Pdf { get; init; }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<object>>> _once = new(StringComparer.Ordinal);

    /// <summary>
    /// A value made once a build however many modules ask for it (the table of contents every
    /// layout shows). Made on the thread pool and awaited: the pipelines that ask while it is being
    /// made wait without holding a thread (blocked pool threads starve the build on two cores).
    /// </summary>
    public async Task<T> OnceAsync<T>(string name, Func<T> make)
        where T : class =>
        (T)await _once.GetOrAdd(name, _ => new Lazy<Task<object>>(() => Task.Run(() => (object)make()))).Value;
}
