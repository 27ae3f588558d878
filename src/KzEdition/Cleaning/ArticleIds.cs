namespace KzEdition.Cleaning;

/// <summary>Article ids: the source's file name without extension, then the article's place in it (<c>002_c7ff…-2</c>).</summary>
public static class ArticleIds
{
    public static string Stem(string fileName) => Path.GetFileNameWithoutExtension(fileName).ToLowerInvariant();
}
