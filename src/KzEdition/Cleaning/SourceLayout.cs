namespace KzEdition.Cleaning;

/// <summary>How a source lays its text out in lines; detected from the text, never from the file name.</summary>
public enum SourceLayout
{
    /// <summary>No text at all.</summary>
    Empty,

    /// <summary>One sentence a line, with <c>..</c> marking the end of a paragraph (text exported from a web form).</summary>
    SentencePerLine,

    /// <summary>Lines broken at a fixed width, as text extracted from a PDF (with or without blank lines between lines).</summary>
    HardWrapped,

    /// <summary>One paragraph a line.</summary>
    ParagraphPerLine,

    /// <summary>The whole text on one or two very long lines (web copy).</summary>
    SingleLongLine,
}
