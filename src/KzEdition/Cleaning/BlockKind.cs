namespace KzEdition.Cleaning;

/// <summary>What a block of a source is, as a reader would tell from its form.</summary>
public enum BlockKind
{
    Paragraph,

    /// <summary>An article title set in capitals.</summary>
    Title,

    /// <summary>A section heading (Кіріспе, Қорытынды, Введение…).</summary>
    Heading,

    /// <summary>An author line: initials and surname (Л.Т. Исова).</summary>
    Author,

    /// <summary>The author's affiliation (university, faculty, city), next to the title or the abstract.</summary>
    Affiliation,

    /// <summary>The abstract (Аңдатпа / Аннотация / Abstract).</summary>
    Abstract,

    /// <summary>The keywords (Түйін сөздер / Ключевые слова / Keywords).</summary>
    Keywords,

    /// <summary>An item of a numbered or bulleted list.</summary>
    ListItem,

    /// <summary>A table caption: "1 кесте", "Таблица 2".</summary>
    TableCaption,

    /// <summary>The source line under a table: "Дереккөз: …", "Источник: …".</summary>
    TableSource,

    /// <summary>A reference-list heading (Әдебиеттер, Литература, References).</summary>
    ReferencesHeading,

    /// <summary>A separator line between two texts: no text, only evidence of a boundary.</summary>
    Boundary,
}
