using System.Text.Json;
using KzEdition.Citing;
using KzEdition.Configuration;
using KzEdition.Model;

namespace KzEdition.Tests.Citing;

public sealed class ArticleCitationTests
{
    private static readonly EditionSettings Edition = new()
    {
        Title = "Қазақстан және НАТО",
        Publisher = "KzEdition",
        Year = 2026,
        BaseUrl = "https://example.org/edition/",
    };

    private static Article Article(string[] authors, TitleSource titleSource = TitleSource.Source, string? @abstract = null) => new()
    {
        Id = "002_c7ff2cc66a30f6af-3",
        Slug = "opyt",
        Title = "Опыт сотрудничества",
        TitleSource = titleSource,
        Lang = "ru",
        Authors = [.. authors],
        Status = ArticleStatus.Fragment,
        Witnesses = [],
        Body = [new Paragraph("В декабре 2007 года.")],
        Abstract = @abstract,
    };

    [Fact]
    public void Gost_PutsTheFirstAuthorSurnameFirst_ThenTitleAuthorsEditionImprintAndUrl() =>
        Assert.Equal(
            "Исова Л.Т. Опыт сотрудничества / Л.Т. Исова // Қазақстан және НАТО. – KzEdition, 2026. – URL: https://example.org/edition/articles/opyt/",
            new ArticleCitation(Article(["Л.Т. Исова"]), Edition).Gost());

    [Fact]
    public void Apa_WritesSurnameAndSpacedInitials_YearInParentheses() =>
        Assert.Equal(
            "Исова, Л. Т. (2026). Опыт сотрудничества. In Қазақстан және НАТО. KzEdition. https://example.org/edition/articles/opyt/",
            new ArticleCitation(Article(["Л.Т. Исова"]), Edition).Apa());

    [Fact]
    public void WithThePagesItTakes_GostGivesThemAfterTheImprint_AndApaAfterTheBooksTitle()
    {
        var citation = new ArticleCitation(Article(["Л.Т. Исова"]), Edition);

        Assert.Equal(
            "Исова Л.Т. Опыт сотрудничества / Л.Т. Исова // Қазақстан және НАТО. – KzEdition, 2026. – Б. 20–21. – URL: https://example.org/edition/articles/opyt/",
            citation.Gost("Б. 20–21"));
        Assert.Equal(
            "Исова, Л. Т. (2026). Опыт сотрудничества. In Қазақстан және НАТО (pp. 20–21). KzEdition. https://example.org/edition/articles/opyt/",
            citation.Apa("20–21"));
    }

    /// <summary>The print edition writes the pages between the two parts: without pages they are the citation as the site gives it.</summary>
    [Fact]
    public void TheCitationsCutWhereThePagesGo_JoinIntoTheCitationsWithoutPages()
    {
        foreach (var edition in new[] { Edition, new EditionSettings { Title = "Басылым" } })
        {
            foreach (var authors in new[] { Array.Empty<string>(), ["Л.Т. Исова"], ["Л.Т. Исова", "Б. Әлиев"] })
            {
                var citation = new ArticleCitation(Article(authors), edition);
                Assert.Equal(citation.Gost(), citation.GostAroundPages().Head + citation.GostAroundPages().Tail);
                Assert.Equal(citation.Apa(), citation.ApaAroundPages().Head + citation.ApaAroundPages().Tail);
                Assert.Equal(citation.Gost("Б. 3"), $"{citation.GostAroundPages().Head} – Б. 3.{citation.GostAroundPages().Tail}");
            }
        }
    }

    [Fact]
    public void Citations_OfAnArticleWithoutAuthor_StartWithTheTitle_AndMarkASuppliedTitle()
    {
        var citation = new ArticleCitation(Article([], TitleSource.Editorial), Edition);

        Assert.StartsWith("[Опыт сотрудничества] // Қазақстан және НАТО.", citation.Gost(), StringComparison.Ordinal);
        Assert.StartsWith("[Опыт сотрудничества]. (2026). In", citation.Apa(), StringComparison.Ordinal);
    }

    [Fact]
    public void Citations_WithoutABaseUrlOrYear_LeaveThemOut()
    {
        var citation = new ArticleCitation(Article(["Л.Т. Исова"]), new EditionSettings { Title = "Басылым" });

        Assert.Equal("Исова Л.Т. Опыт сотрудничества / Л.Т. Исова // Басылым.", citation.Gost());
        Assert.Contains("(n.d.)", citation.Apa(), StringComparison.Ordinal);
        Assert.DoesNotContain("url", citation.BibTex(), StringComparison.Ordinal);
    }

    [Fact]
    public void BibTex_IsAnIncollectionEntry_WithEscapedBraces()
    {
        var bib = new ArticleCitation(Article(["Л.Т. Исова"], @abstract: "Мәтін {x}"), Edition).BibTex();

        Assert.StartsWith("@incollection{002_c7ff2cc66a30f6af-3,\n", bib, StringComparison.Ordinal);
        Assert.Contains("  author = {Исова, Л.Т.},\n", bib, StringComparison.Ordinal);
        Assert.Contains("  booktitle = {Қазақстан және НАТО},\n", bib, StringComparison.Ordinal);
        Assert.Contains("  abstract = {Мәтін \\{x\\}}", bib, StringComparison.Ordinal);
        Assert.EndsWith("\n}\n", bib, StringComparison.Ordinal);
    }

    [Fact]
    public void Ris_IsABookSection_WithCrlfLinesEndingInEr()
    {
        var ris = new ArticleCitation(Article(["Л.Т. Исова", "А. Б. Сейтқали"]), Edition).Ris();

        var lines = ris.Split("\r\n");
        Assert.Equal("TY  - CHAP", lines[0]);
        Assert.Equal(["AU  - Исова, Л.Т.", "AU  - Сейтқали, А.Б."], lines.Where(l => l.StartsWith("AU", StringComparison.Ordinal)));
        Assert.Contains("PY  - 2026", lines);
        Assert.Equal("ER  - ", lines[^2]);
        Assert.DoesNotContain('\n', ris.Replace("\r\n", "", StringComparison.Ordinal));
    }

    [Fact]
    public void HighwireTags_NameEveryAuthorTheTitleLanguageDateAndBook()
    {
        var tags = new ArticleCitation(Article(["Л.Т. Исова", "А.Б. Сейтқали"]), Edition).HighwireTags();

        Assert.Equal(("citation_title", "Опыт сотрудничества"), tags[0]);
        Assert.Equal(["Л.Т. Исова", "А.Б. Сейтқали"], tags.Where(t => t.Name == "citation_author").Select(t => t.Content));
        Assert.Contains(("citation_language", "ru"), tags);
        Assert.Contains(("citation_publication_date", "2026"), tags);
        Assert.Contains(("citation_inbook_title", "Қазақстан және НАТО"), tags);
    }

    [Fact]
    public void JsonLd_IsAScholarlyArticle_ThatCannotEndItsScriptElement()
    {
        var json = new ArticleCitation(Article(["Л.Т. Исова"], @abstract: "Бұл </script><script>alert(1)</script> <!-- емес."), Edition).JsonLd();

        Assert.DoesNotContain("<", json, StringComparison.Ordinal); // nor "<!--", which changes how a script element is parsed
        using var parsed = JsonDocument.Parse(json);
        Assert.Equal("ScholarlyArticle", parsed.RootElement.GetProperty("@type").GetString());
        Assert.Equal("Л.Т. Исова", parsed.RootElement.GetProperty("author")[0].GetProperty("name").GetString());
        Assert.Equal("Бұл </script><script>alert(1)</script> <!-- емес.", parsed.RootElement.GetProperty("abstract").GetString());
    }

    [Theory]
    [InlineData(300, 0)]      // no space at all (issue 19: exit 70, Substring(-1))
    [InlineData(250, 260)]    // the first space past the length
    public void Description_OfAnOpeningWithNoSpaceInItsFirst200Characters_IsCutAtTheLength(int letters, int spaceAt)
    {
        var text = new string('а', letters);
        if (spaceAt > 0)
        {
            text = text.Insert(Math.Min(spaceAt, text.Length), " сөз");
        }

        var description = new ArticleCitation(Article([]) with { Body = [new Paragraph(text)] }, Edition).Description();

        Assert.Equal(new string('а', 200) + "…", description);
    }

    [Fact]
    public void Description_NeverCutsASurrogatePair()
    {
        var text = new string('а', 199) + "😀" + new string('а', 50);

        var description = new ArticleCitation(Article([]) with { Body = [new Paragraph(text)] }, Edition).Description();

        Assert.Equal(new string('а', 199) + "…", description);
    }
}
