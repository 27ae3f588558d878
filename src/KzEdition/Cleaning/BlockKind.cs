namespace KzEdition.Cleaning;

public enum BlockKind
{
    Paragraph,

    /// <summary>A line set apart from the running text: a title in capitals, a table caption.</summary>
    Heading,

    /// <summary>A reference-list heading (Әдебиеттер, Литература, References).</summary>
    ReferencesHeading,
}
