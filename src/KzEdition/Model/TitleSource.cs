namespace KzEdition.Model;

/// <summary>Where an article's title comes from; supplied titles are shown in square brackets.</summary>
public enum TitleSource
{
    /// <summary>The source prints the title.</summary>
    Source,

    /// <summary>The editors gave it in input/editorial/.</summary>
    Editorial,

    /// <summary>Made from the opening words of the text, because nothing else gives one.</summary>
    Derived,
}
