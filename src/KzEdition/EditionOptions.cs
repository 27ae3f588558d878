namespace KzEdition;

/// <summary>What the command asked of the build beyond its input.</summary>
/// <param name="Pdf">Whether the build makes PDFs (the <c>pdf</c> command): pages then link them.</param>
public sealed record EditionOptions(bool Pdf);
