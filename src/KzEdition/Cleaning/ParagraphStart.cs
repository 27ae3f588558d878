namespace KzEdition.Cleaning;

/// <summary>
/// An editor's paragraph break: a new paragraph starts at the words <paramref name="Words"/> of a
/// source, where nothing in the text marks one (a web article flattened to one line). Named by its
/// words, not a line, so that it holds when the source is extracted again.
/// </summary>
/// <param name="Words">The words the new paragraph starts with, as the cleaned text writes them.</param>
/// <param name="File">The editorial file that asks for it, and where (for messages).</param>
public sealed record ParagraphStart(string Words, string File, int Line, int Column);
