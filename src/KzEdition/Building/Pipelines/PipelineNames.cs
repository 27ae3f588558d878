namespace KzEdition.Building.Pipelines;

/// <summary>The names of the edition's pipelines, for dependencies and <c>OutputsOf</c>; each is made in <c>Pipelines/</c>.</summary>
public static class PipelineNames
{
    public const string Sources = nameof(Sources);
    public const string Corrections = nameof(Corrections);
    public const string ArticleTexts = nameof(ArticleTexts);
    public const string Markdown = nameof(Markdown);
    public const string Articles = nameof(Articles);
    public const string LatinArticles = nameof(LatinArticles);
    public const string Indices = nameof(Indices);
    public const string Synonyms = nameof(Synonyms);
    public const string Search = nameof(Search);
    public const string Citations = nameof(Citations);
    public const string Pages = nameof(Pages);
    public const string SiteModel = nameof(SiteModel);
    public const string Print = nameof(Print);
    public const string Home = nameof(Home);
    public const string NotFound = nameof(NotFound);
    public const string Assets = nameof(Assets);
    public const string Manifest = nameof(Manifest);
    public const string Report = nameof(Report);
    public const string Sitemap = nameof(Sitemap);
}
