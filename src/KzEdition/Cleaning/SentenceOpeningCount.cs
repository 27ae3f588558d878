namespace KzEdition.Cleaning;

/// <summary>
/// How often one sign of a sentence's opening (<see cref="SentenceOpeningSigns"/>) is seen after a
/// paragraph end the layout makes sure of, and at a sentence begun inside a line.
/// </summary>
public readonly record struct SentenceOpeningCount(string Sign, int AfterParagraphEnds, int InsideLines);
