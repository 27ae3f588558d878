namespace KzEdition.Reading;

/// <summary>A source file decoded to text: line ends normalised to LF, Unicode to NFC.</summary>
/// <param name="Path">The path as given (for messages).</param>
/// <param name="FileName">The file name alone, as the manifest names witnesses.</param>
/// <param name="Encoding">The encoding that was detected, e.g. <c>UTF-8</c>.</param>
public sealed record SourceText(string Path, string FileName, string Text, string Encoding)
{
    /// <summary>The lines of the text, split on LF; line N of the file is element N-1.</summary>
    public string[] Lines => Text.Split('\n');
}
