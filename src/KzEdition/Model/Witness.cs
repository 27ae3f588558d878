namespace KzEdition.Model;

/// <summary>One source that carries (part of) an article, with the 1-based lines it occupies.</summary>
/// <param name="Source">The source file name, e.g. <c>000_231815bb3e78ce1c.txt</c>.</param>
/// <param name="Primary">Whether this witness gives the reading text.</param>
public sealed record Witness(string Source, int FirstLine, int LastLine, bool Primary);
