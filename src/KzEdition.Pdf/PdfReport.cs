namespace KzEdition.Pdf;

/// <summary>The PDFs made (site-relative paths) and how long the print edition and the articles took.</summary>
public sealed record PdfReport(IReadOnlyList<string> Files, TimeSpan Edition, TimeSpan Articles, TimeSpan Total);
