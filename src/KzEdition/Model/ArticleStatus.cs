namespace KzEdition.Model;

public enum ArticleStatus
{
    /// <summary>The source holds the article from its beginning to its end.</summary>
    Complete,

    /// <summary>The source starts or ends in the middle of the article.</summary>
    Fragment,
}
