namespace KzEdition.Building;

/// <summary>One article's file and what import did with it.</summary>
/// <param name="Path">The file, as the user named the input folder (input/articles/&lt;slug&gt;.md).</param>
public sealed record ImportOutcome(string Path, string ArticleId, ImportAction Action);
