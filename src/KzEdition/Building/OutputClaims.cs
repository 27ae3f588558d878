using KzEdition.Engine;

namespace KzEdition.Building;

/// <summary>
/// Which document each file of a build's output comes from, so that two documents never meet in
/// one place: the second for a file, or one that would make a file where another needs a folder of
/// that name (a page <c>edition.json.md</c> is <c>edition.json/index.html</c>, beside the file
/// <c>edition.json</c>), stops the build with an error naming both, before the file system refuses
/// it with an error of its own. Thread-safe.
/// </summary>
public sealed class OutputClaims
{
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);

    /// <summary>The folders the files lie in, each with the first document that needed it (for messages).</summary>
    private readonly Dictionary<string, string> _folders = new(StringComparer.Ordinal);

    /// <summary>The files claimed so far (relative, '/'), each with its document. Read it once the build is done.</summary>
    public IReadOnlyDictionary<string, string> Files => _files;

    /// <param name="destination">The file, relative with '/'.</param>
    /// <param name="source">The document, as messages name it.</param>
    /// <param name="file">The document's input file, if it has one: where the error is reported.</param>
    public void Claim(string destination, string source, string? file)
    {
        // The folders are looked up as spans of the destination: a claim allocates only for a folder not seen before.
        var files = _files.GetAlternateLookup<ReadOnlySpan<char>>();
        var folders = _folders.GetAlternateLookup<ReadOnlySpan<char>>();
        lock (_files)
        {
            var other = _files.GetValueOrDefault(destination) ?? _folders.GetValueOrDefault(destination);
            for (var slash = destination.IndexOf('/'); slash > 0 && other is null; slash = destination.IndexOf('/', slash + 1))
            {
                other = files.TryGetValue(destination.AsSpan(0, slash), out var claimed) ? claimed : null;
            }

            if (other is not null)
            {
                var both = new[] { other, source }.Order(StringComparer.Ordinal).ToArray();
                var where = _files.ContainsKey(destination) ? $"'{destination}'" : $"'{destination}', where a file and a folder of one name would meet";
                throw new BuildException(Diagnostic.Error($"two documents would be written to {where}: {both[0]} and {both[1]}", file ?? other));
            }

            _files[destination] = source;
            for (var slash = destination.IndexOf('/'); slash > 0; slash = destination.IndexOf('/', slash + 1))
            {
                if (!folders.ContainsKey(destination.AsSpan(0, slash)))
                {
                    _folders.Add(destination[..slash], source);
                }
            }
        }
    }
}
