using System.Globalization;
using System.Text.Json.Nodes;

namespace KzEdition.Pdf.DevTools;

/// <summary>
/// What <c>Page.printToPDF</c> is asked for, with sizes as CSS writes them ("148mm", "20mm").
/// <see cref="ToParameters"/> sends exactly what Playwright 1.64 sent for the same options (its
/// <c>crPdf.ts</c>), so the PDFs stayed byte for byte what they were when it was replaced: every
/// parameter given, sizes in inches by the same arithmetic (1 mm = 3.78 px, 96 px an inch), Letter
/// (8.5 × 11 in) and no margins where none is said, and the PDF returned as a stream.
/// </summary>
internal sealed record PrintOptions
{
    public string? Width { get; init; }

    public string? Height { get; init; }

    public string? MarginTop { get; init; }

    public string? MarginBottom { get; init; }

    public string? MarginLeft { get; init; }

    public string? MarginRight { get; init; }

    public bool DisplayHeaderFooter { get; init; }

    public string HeaderTemplate { get; init; } = "";

    public string FooterTemplate { get; init; } = "";

    public bool PrintBackground { get; init; }

    public bool PreferCssPageSize { get; init; }

    /// <summary>The PDF's bookmarks, from the headings.</summary>
    public bool Outline { get; init; }

    /// <summary>A tagged (accessible) PDF.</summary>
    public bool Tagged { get; init; }

    /// <summary>"3-15": only these pages; null for all.</summary>
    public string? PageRanges { get; init; }

    public JsonObject ToParameters() => new()
    {
        // Read in chunks (IO.read) rather than as one base64 string in the answer: an edition's PDF
        // is megabytes.
        ["transferMode"] = "ReturnAsStream",
        ["landscape"] = false,
        ["displayHeaderFooter"] = DisplayHeaderFooter,
        ["headerTemplate"] = HeaderTemplate,
        ["footerTemplate"] = FooterTemplate,
        ["printBackground"] = PrintBackground,
        ["scale"] = 1,
        ["paperWidth"] = Inches(Width) ?? 8.5,
        ["paperHeight"] = Inches(Height) ?? 11,
        ["marginTop"] = Inches(MarginTop) ?? 0,
        ["marginBottom"] = Inches(MarginBottom) ?? 0,
        ["marginLeft"] = Inches(MarginLeft) ?? 0,
        ["marginRight"] = Inches(MarginRight) ?? 0,
        ["pageRanges"] = PageRanges ?? "",
        ["preferCSSPageSize"] = PreferCssPageSize,
        ["generateTaggedPDF"] = Tagged,
        ["generateDocumentOutline"] = Outline,
    };

    /// <summary>Pixels per unit, as Playwright counts them (not 96 / 25.4 for a millimetre: its 3.78).</summary>
    private static readonly Dictionary<string, double> PixelsPer = new(StringComparer.Ordinal)
    {
        ["px"] = 1, ["in"] = 96, ["cm"] = 37.8, ["mm"] = 3.78,
    };

    /// <summary>
    /// A CSS length in inches; a number without a known unit is pixels; null for no length or zero
    /// (the default is taken then). Playwright's <c>convertPrintParameterToInches</c>.
    /// </summary>
    internal static double? Inches(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var unit = text.Length >= 2 ? text[^2..].ToLowerInvariant() : "";
        var (number, perUnit) = PixelsPer.TryGetValue(unit, out var pixels) ? (text[..^2], pixels) : (text, 1.0);
        if (!double.TryParse(number.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw new ArgumentException($"Failed to parse parameter value: {text}", nameof(text));
        }

        var inches = value * perUnit / 96;
        return inches == 0 ? null : inches;
    }
}
