namespace KzEdition.Tests.Cleaning.Layouts;

/// <summary>
/// A family of layouts a source can come in, as PDF and web extraction lay text out. Each
/// re-laid source draws the rest (width, encoding, line ends, page length) from its seed.
/// </summary>
/// <param name="Name">What the family is called in test names.</param>
/// <param name="Wrapped">Hard-wrapped at a width of 50–100 characters; otherwise one paragraph a line (web copy).</param>
/// <param name="Indents">First lines indented: always, never, or (null) as the seed draws it.</param>
/// <param name="BlankAfterEveryLine">A blank line after every line, as some PDF extractions leave.</param>
/// <param name="BlankBetweenParagraphs">A blank line between paragraphs (web copy): always, never, or as the seed draws it.</param>
/// <param name="TrailingSpaces">As pdftotext leaves them: one space after a line, two after a paragraph's last.</param>
/// <param name="PageFurniture">Running heads, page numbers and footers every 40–55 lines, wherever they fall.</param>
/// <param name="Encodings">The encodings drawn from (utf-8, utf-8-bom, utf-16le, utf-16be) and whether CRLF may be drawn.</param>
/// <param name="WebDisturbances">Soft hyphens inside long words and no-break spaces after short ones.</param>
internal sealed record LayoutFamily(
    string Name,
    bool Wrapped = true,
    bool? Indents = null,
    bool BlankAfterEveryLine = false,
    bool? BlankBetweenParagraphs = false,
    bool TrailingSpaces = false,
    bool PageFurniture = false,
    string[]? Encodings = null,
    bool Crlf = false,
    bool WebDisturbances = false)
{
    /// <summary>
    /// Whether anything marks where a paragraph starts (an indent, pdftotext's trailing spaces, a
    /// blank line, a line of its own). Where nothing does, a paragraph whose last line is full cannot
    /// be told from a sentence ending at a line end inside one: the cleaner reads those as one
    /// paragraph and flags each place for the editor.
    /// </summary>
    public bool MarksParagraphStarts => Indents == true || TrailingSpaces || !Wrapped || BlankBetweenParagraphs == true;

    public static readonly LayoutFamily[] All =
    [
        new("indented", Indents: true),
        new("flush", Indents: false),
        new("flush-pdftotext", Indents: false, TrailingSpaces: true),
        new("blank-after-every-line", BlankAfterEveryLine: true, TrailingSpaces: true),
        new("paged", Indents: true, PageFurniture: true, Encodings: ["utf-8", "utf-8-bom"], Crlf: true),
        new("paged-flush", Indents: false, PageFurniture: true, Encodings: ["utf-8", "utf-8-bom"], Crlf: true),
        new("utf-16", Indents: true, Encodings: ["utf-16le", "utf-16be"], Crlf: true),
        new("web", Wrapped: false, BlankBetweenParagraphs: null, Encodings: ["utf-8", "utf-8-bom", "utf-16le", "utf-16be"], Crlf: true, WebDisturbances: true),
    ];

    public static LayoutFamily Named(string name) => All.Single(f => f.Name == name);

    public override string ToString() => Name;
}
