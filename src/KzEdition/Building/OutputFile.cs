namespace KzEdition.Building;

/// <summary>
/// One output file as <see cref="BuildCache"/> knows it: the hash of what the last finished build
/// left there and the text it was written from (compared by identity), and what the build under
/// way makes of it. A build writes each file once, from one task, so no two threads update one.
/// </summary>
internal sealed class OutputFile
{
    private string? _newHash;
    private object? _newText;

    /// <summary>The hash of the file's content as the last finished build left it; null when not known.</summary>
    public string? Hash { get; private set; }

    /// <summary>The text (string or parts) the file was last written from, compared by identity.</summary>
    public object? Text { get; private set; }

    /// <summary>The build that last made the file.</summary>
    public int Build { get; private set; }

    /// <summary>This build makes the file: with this hash, from this text (null for bytes).</summary>
    public void Produce(int build, string hash, object? text)
    {
        Build = build;
        _newHash = hash;
        _newText = text;
    }

    /// <summary>The file is being written over: until the build finishes, what it holds is not known.</summary>
    public void Forget() => (Hash, Text) = (null, null);

    /// <summary>The build finished: what it made is what the file holds.</summary>
    public void Commit() => (Hash, Text) = (_newHash, _newText);
}
