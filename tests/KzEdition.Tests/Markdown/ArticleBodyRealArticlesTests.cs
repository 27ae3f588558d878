using KzEdition.Markdown;
using KzEdition.Markdown.Extensions.CitationLinks;
using KzEdition.Markdown.Rendering;
using KzEdition.Site;
using KzEdition.Templating;
using KzEdition.Tests.Markdown.Oracles;

namespace KzEdition.Tests.Markdown;

/// <summary>
/// Every real article rendered from its syntax tree equals, byte for byte, what the AngleSharp
/// chain made of it: the site's page and Latin page cross-linked to the real index, the print
/// edition's body, and the paragraph texts the indices and search read.
/// </summary>
public sealed class ArticleBodyRealArticlesTests(RealEditionArticles edition) : IClassFixture<RealEditionArticles>
{
    [Fact]
    public void TheRealEditionHasArticlesAndAnIndexToLink()
    {
        Assert.True(edition.Articles.Length >= 8);
        Assert.False(edition.Index.Mentions.IsEmpty);
    }

    [Fact]
    public void SitePages_OfEveryRealArticle_EqualTheAngleSharpChain()
    {
        var crossLinked = 0;
        foreach (var (article, markdown) in edition.Articles)
        {
            var facts = CitationFacts.Of(article);
            var expected = OracleBody.Of(markdown, edition.Pipeline, facts);
            var body = ArticleBody.Parse(markdown, edition.Pipeline, facts);
            foreach (var page in new[] { SitePaths.ArticlePage(article.Slug), SitePaths.LatinArticlePage(article.Slug) })
            {
                var root = SitePaths.RootPrefix(page);
                var html = body.RenderHtml(BodyRenderOptions.Site(edition.Index, root, article.Lang));

                Assert.Equal(expected.Site(edition.Index, root, article.Lang), html);
                crossLinked += html.Contains("class=\"term\"", StringComparison.Ordinal) ? 1 : 0;
            }
        }

        Assert.True(crossLinked >= edition.Articles.Length, $"{crossLinked} pages have cross-links");
    }

    [Fact]
    public void PrintBodies_OfEveryRealArticle_EqualTheAngleSharpChain()
    {
        foreach (var (article, markdown) in edition.Articles)
        {
            var facts = CitationFacts.Of(article);
            var prefix = PrintTemplateModel.ArticleId(article);

            Assert.Equal(
                OracleBody.Of(markdown, edition.Pipeline, facts).Print(prefix),
                ArticleBody.Parse(markdown, edition.Pipeline, facts).RenderHtml(BodyRenderOptions.Print(prefix)));
        }
    }

    [Fact]
    public void ParagraphTexts_OfEveryRealArticle_EqualAngleSharpsTextContent()
    {
        foreach (var (article, markdown) in edition.Articles)
        {
            var expected = OracleBody.Of(markdown, edition.Pipeline, CitationFacts.Of(article)).Paragraphs;
            var paragraphs = ArticleBody.Parse(markdown, edition.Pipeline, CitationFacts.Of(article)).Paragraphs;

            Assert.NotEmpty(paragraphs);
            Assert.Equal(expected, paragraphs);
        }
    }

    [Fact]
    public void RealArticles_HaveCitationLinks_WhereTheirSourceHasReferences()
    {
        var linked = edition.Articles.Where(a => CitationFacts.Of(a.Article).LinksMarkers && a.Article.Citations.Length > 0).ToList();

        Assert.NotEmpty(linked);
        Assert.All(linked, a => Assert.Contains("class=\"citation\"", ArticleBody.Parse(a.Markdown, edition.Pipeline, CitationFacts.Of(a.Article)).RenderHtml(BodyRenderOptions.Plain), StringComparison.Ordinal));
    }
}
