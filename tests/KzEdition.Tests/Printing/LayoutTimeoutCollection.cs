namespace KzEdition.Tests.Printing;

/// <summary>
/// Tests that shorten <see cref="KzEdition.Pdf.PdfRenderer.LayoutTimeout"/>, a static: run alone,
/// after the others, so that no other test's print edition is laid out under their timeout.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LayoutTimeoutCollection
{
    public const string Name = "PdfRenderer.LayoutTimeout";
}
