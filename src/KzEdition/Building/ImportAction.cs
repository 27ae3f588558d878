namespace KzEdition.Building;

/// <summary>What <c>import</c> did with one article's file in input/articles/.</summary>
public enum ImportAction
{
    /// <summary>The file did not exist: written.</summary>
    Written,

    /// <summary>The file was as the last import wrote it, and the cleaner's text has changed: rewritten.</summary>
    Updated,

    /// <summary>The file was as the last import wrote it, and so is the cleaner's text: nothing to do.</summary>
    Unchanged,

    /// <summary>An editor changed the file (or wrote it): left alone, never overwritten.</summary>
    KeptEditorsVersion,
}
