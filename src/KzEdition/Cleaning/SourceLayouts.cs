namespace KzEdition.Cleaning;

/// <summary>Words for a source layout, in messages and the build report.</summary>
public static class SourceLayouts
{
    public static string Describe(SourceLayout layout) => layout switch
    {
        SourceLayout.SentencePerLine => "one sentence a line, '..' between paragraphs",
        SourceLayout.HardWrapped => "hard-wrapped lines (PDF extraction)",
        SourceLayout.ParagraphPerLine => "one paragraph a line",
        SourceLayout.SingleLongLine => "one very long line (web copy)",
        _ => "empty",
    };

    /// <summary>A word or two, for one-line summaries.</summary>
    public static string ShortName(SourceLayout layout) => layout switch
    {
        SourceLayout.SentencePerLine => "sentence-per-line",
        SourceLayout.HardWrapped => "hard-wrapped",
        SourceLayout.ParagraphPerLine => "paragraph-per-line",
        SourceLayout.SingleLongLine => "single-line",
        _ => "empty",
    };
}
