using KzEdition.Model;
using KzEdition.Editorial;
using KzEdition.Engine;
using KzEdition.Indexing;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Editorial;

public sealed class EditorialLoaderTests : IDisposable
{
    private const string Display = "my-input";

    private readonly TempDirectory _temp = new();

    private string Input => _temp.Combine("input");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Load_WhenThereIsNoEditorialFolder_ReturnsNone()
    {
        Directory.CreateDirectory(Input);

        Assert.Same(EditorialDecisions.None, Load());
    }

    [Fact]
    public void Load_WhenTheFilesAreEmpty_DecidesNothing()
    {
        Write("a.yml", "");
        Write("b.yml", "# nothing decided yet\n");

        var decisions = Load();

        Assert.Empty(decisions.Articles);
        Assert.Empty(decisions.Splits);
        Assert.Empty(decisions.Joins);
        Assert.Empty(decisions.Order);
    }

    [Fact]
    public void Load_ReadsSplitsJoinsArticlesAndOrder_WithWhereEachWasWritten()
    {
        Write("decisions.yml", """
            splits:
              - { source: 004_a.txt, line: 441 }
            joins:
              - source: 002_b.txt
                line: 21
            articles:
              - source: 004_a.txt
                line: 18
                title: Еуропалық ұйымдардың Орталық Азиядағы саясаты
                authors: [Л.Т. Исова, А.Б. Серікбаева]
                lang: kk
                status: complete
              - id: 003_c-1
                title: Солтүстік Атлантикалық келісім ұйымы (НАТО)
                slug: nato
                status: fragment
            order: [003_c-1, 004_a-2]
            """);
        const string file = "my-input/editorial/decisions.yml";

        var decisions = Load();

        Assert.Equal([(new SourceLine("004_a.txt", 441), new EditorialPosition(file, 2, 5))], decisions.Splits);
        Assert.Equal([(new SourceLine("002_b.txt", 21), new EditorialPosition(file, 4, 5))], decisions.Joins);
        Assert.Equal([("003_c-1", new EditorialPosition(file, 17, 9)), ("004_a-2", new EditorialPosition(file, 17, 18))], decisions.Order);
        Assert.Equal(2, decisions.Articles.Length);

        var bySource = decisions.Articles[0];
        Assert.Equal((new EditorialPosition(file, 7, 5), null, new SourceLine("004_a.txt", 18)), (bySource.Where, bySource.Id, bySource.At));
        Assert.Equal("Еуропалық ұйымдардың Орталық Азиядағы саясаты", bySource.Title);
        Assert.Equal(["Л.Т. Исова", "А.Б. Серікбаева"], bySource.Authors!.Value);
        Assert.Equal(("kk", "complete", null), (bySource.Lang, bySource.Status, bySource.Slug));

        var byId = decisions.Articles[1];
        Assert.Equal((new EditorialPosition(file, 13, 5), "003_c-1", null), (byId.Where, byId.Id, byId.At));
        Assert.Equal(("Солтүстік Атлантикалық келісім ұйымы (НАТО)", "nato", "fragment"), (byId.Title, byId.Slug, byId.Status));
        Assert.Null(byId.Authors);
        Assert.Null(byId.Lang);
    }

    [Fact]
    public void Load_GivesTheSplitAndJoinLinesOfEachSource()
    {
        Write("places.yml", """
            splits:
              - { source: 004_a.txt, line: 441 }
              - { source: 004_a.txt, line: 200 }
              - { source: 002_b.txt, line: 9 }
            joins:
              - { source: 002_b.txt, line: 21 }
            """);

        var decisions = Load();

        Assert.Equal([200, 441], decisions.SplitLinesOf("004_a.txt").Order());
        Assert.Equal([9], decisions.SplitLinesOf("002_b.txt"));
        Assert.Equal([21], decisions.JoinLinesOf("002_b.txt"));
        Assert.Empty(decisions.JoinLinesOf("004_a.txt"));
    }

    [Fact]
    public void Load_ReadsEveryFileInNameOrder_AndBothExtensions()
    {
        Write("b.yml", "order: [second]\n");
        Write("a.yaml", "order: [first]\n");
        Write("c.yml", "order: [third]\n");
        Write("notes.txt", "order: [not read]\n");

        var decisions = Load();

        Assert.Equal(["first", "second", "third"], decisions.Order.Select(o => o.Id));
        Assert.Equal("my-input/editorial/a.yaml", decisions.Order[0].Where.File);
    }

    [Fact]
    public void Load_OfTheRealEditorialFile_ReadsItsDecisions()
    {
        var decisions = EditorialLoader.Load(RepoPaths.Input, "input");

        var split = Assert.Single(decisions.Splits);
        Assert.Equal(new SourceLine("004_2dbc11eb0e7c7aeb.txt", 441), split.At);
        Assert.Equal("input/editorial/articles.yml", split.Where.File);
        Assert.Equal(6, decisions.Articles.Length);
        Assert.All(decisions.Articles, a => Assert.NotNull(a.At));
        Assert.Equal("Этникалық көші-қон және репатриация саясаты", decisions.Articles[^1].Title);
    }

    [Fact]
    public void Load_ReadsTheCuratedTerms_AndTheWordsThatAreNone()
    {
        Write("terms.yml", """
            terms:
              - name: Еуроатлантикалық әріптестік кеңесі
                type: organisation
                acronyms: [ЕАӘК, СЕАП]
                variants: [Еуроатланттық әріптестік кеңесі]
                description: НАТО мен әріптестердің кеңесі.
              - { name: БАҚ, type: acronym, expansion: бұқаралық ақпарат құралдары }
            not_terms: [РИГИ]
            """);

        var decisions = Load();

        Assert.Equal(2, decisions.Terms.Length);
        var council = decisions.Terms[0];
        Assert.Equal((TermType.Organisation, "НАТО мен әріптестердің кеңесі.", 2), (council.Type, council.Description, council.Where.Line));
        Assert.Equal(["ЕАӘК", "СЕАП"], council.Acronyms);
        Assert.Equal(["Еуроатланттық әріптестік кеңесі"], council.Variants);
        Assert.Equal("бұқаралық ақпарат құралдары", decisions.Terms[1].Expansion);
        Assert.Equal(["РИГИ"], decisions.NotTerms);
    }

    [Fact]
    public void Load_WhenATermIsWrong_SaysWhereAndWhy()
    {
        Write("terms.yml", """
            terms:
              - { name: НАТО, type: acronim }
              - { type: place }
              - { name: ЕАӘК, type: acronym }
              - { name: Кеңес, type: organisation, acronyms: [ЕАӘК] }
            """);

        Assert.Equal(
            [
                "my-input/editorial/terms.yml(2,25): error: a term's type is person, organisation, place, acronym or keyword, not 'acronim'",
                "my-input/editorial/terms.yml(3,5): error: a term needs 'name' (its canonical spelling) and 'type' (person, organisation, place, acronym or keyword)",
                "my-input/editorial/terms.yml(5,5): error: 'ЕАӘК' is already a spelling of the term 'ЕАӘК' (line 4); a spelling can belong to one term only",
            ],
            Errors());
    }

    [Fact]
    public void Load_WhenATopLevelKeyIsUnknown_NamesItWithFileLineAndColumn()
    {
        Write("bad.yml", "order: [a]\nartciles:\n  - id: x\n");

        Assert.Equal(
            ["my-input/editorial/bad.yml(2,1): error: unknown key 'artciles'; expected one of: articles, splits, joins, paragraphs, order, terms, not_terms"],
            Errors());
    }

    [Fact]
    public void Load_WhenAnArticleKeyIsUnknown_NamesIt()
    {
        Write("bad.yml", "articles:\n  - id: 003_c-1\n    titel: НАТО\n");

        Assert.Equal(
            ["my-input/editorial/bad.yml(3,5): error: unknown key 'titel'; expected one of: id, source, line, title, authors, lang, status, slug"],
            Errors());
    }

    [Fact]
    public void Load_WhenAnArticleHasASourceButNoLine_SaysHowToNameIt()
    {
        Write("bad.yml", "articles:\n  - source: 004_a.txt\n    title: Ұлттық құрылыс\n");

        Assert.Equal(["my-input/editorial/bad.yml(2,5): error: name the article by 'id', or by 'source' and 'line'"], Errors());
    }

    [Fact]
    public void Load_WhenASplitHasNoLine_SaysAPlaceNeedsBoth()
    {
        Write("bad.yml", "splits:\n  - { source: 004_a.txt }\n");

        Assert.Equal(["my-input/editorial/bad.yml(2,5): error: a place needs both 'source' (a file of input/sources/) and 'line' (1-based)"], Errors());
    }

    [Fact]
    public void Load_WhenTheStatusIsNeitherCompleteNorFragment_NamesTheValue()
    {
        Write("bad.yml", "articles:\n  - id: 003_c-1\n    status: draft\n");

        Assert.Equal(["my-input/editorial/bad.yml(3,13): error: status is 'complete' or 'fragment', not 'draft'"], Errors());
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("4.5")]
    public void Load_WhenALineIsNoPositiveNumber_PointsAtIt(string line)
    {
        Write("bad.yml", $"joins:\n  - source: 002_b.txt\n    line: {line}\n");

        Assert.Contains("my-input/editorial/bad.yml(3,11): error: expected a line number (1 or more) here", Errors());
    }

    [Fact]
    public void Load_WhenTheYamlIsInvalid_SaysSoWithItsPlace()
    {
        Write("broken.yml", "articles:\n  - id: 003_c-1\n    title: \"Солтүстік Атлантикалық\n    lang: kk\n");

        var error = Assert.Single(Assert.Throws<BuildException>(Load).Diagnostics);

        Assert.Equal((Severity.Error, "my-input/editorial/broken.yml"), (error.Severity, error.File));
        Assert.StartsWith("invalid YAML: ", error.Message, StringComparison.Ordinal);

        // Where the unterminated quoted title starts.
        Assert.Equal((3, 12), (error.Line, error.Column));
    }

    [Fact]
    public void Load_WhenAListIsLeftOpen_SaysSo()
    {
        Write("broken.yml", "order: [003_c-1, 004_a-2\n");

        var error = Assert.Single(Assert.Throws<BuildException>(Load).Diagnostics);

        Assert.Equal("my-input/editorial/broken.yml", error.File);
        Assert.StartsWith("invalid YAML: ", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line > 0 && error.Column > 0, $"no position: {error}");
    }

    [Fact]
    public void Load_WhenAValueHasTheWrongShape_SaysWhatWasExpected()
    {
        Write("bad.yml", "articles: 003_c-1\norder:\n  - { id: x }\n");

        Assert.Equal(
            ["my-input/editorial/bad.yml(1,11): error: expected a list here", "my-input/editorial/bad.yml(3,5): error: expected a text value here"],
            Errors());
    }

    [Fact]
    public void Load_WhenThereAreSeveralMistakes_ReportsThemAllAtOnce()
    {
        Write("a.yml", """
            articles:
              - id: 003_c-1
                status: draft
                titel: НАТО
              - source: 004_a.txt
                line: abc
            splits:
              - { source: 004_a.txt }
            """);
        Write("b.yml", "artciles: []\n");

        var errors = Errors();

        // Every mistake of every file, in whatever order the loader met them.
        Assert.Equivalent(
            new[]
            {
                "my-input/editorial/a.yml(4,5): error: unknown key 'titel'; expected one of: id, source, line, title, authors, lang, status, slug",
                "my-input/editorial/a.yml(3,13): error: status is 'complete' or 'fragment', not 'draft'",
                "my-input/editorial/a.yml(6,11): error: expected a line number (1 or more) here",
                "my-input/editorial/a.yml(5,5): error: name the article by 'id', or by 'source' and 'line'",
                "my-input/editorial/a.yml(8,5): error: a place needs both 'source' (a file of input/sources/) and 'line' (1-based)",
                "my-input/editorial/b.yml(1,1): error: unknown key 'artciles'; expected one of: articles, splits, joins, paragraphs, order, terms, not_terms",
            },
            errors,
            strict: true);
        Assert.Equal(6, errors.Count);
    }

    [Fact]
    public void Load_NamesTheFileUnderTheDisplayedInputFolder_WithOrWithoutATrailingSlash()
    {
        Write("bad.yml", "artciles: []\n");

        var error = Assert.Single(Assert.Throws<BuildException>(() => EditorialLoader.Load(Input, "some/where/")).Diagnostics);

        Assert.Equal("some/where/editorial/bad.yml", error.File);
    }

    [Fact]
    public void Load_ReadsParagraphBreaks_ByTheWordsTheyStartWith_WithWhereEachWasWritten()
    {
        Write("articles.yml", """
            paragraphs:
              - { source: 003.txt, starts: "Қауіпсіздік форумы" }
            """);

        var (source, start) = Assert.Single(Load().ParagraphStarts);

        Assert.Equal("003.txt", source);
        Assert.Equal(("Қауіпсіздік форумы", 2), (start.Words, start.Line));
        Assert.EndsWith("articles.yml", start.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WhenAParagraphBreakLacksItsWords_NamesTheFileAndLine()
    {
        Write("articles.yml", """
            paragraphs:
              - { source: 003.txt }
            """);

        var error = Assert.Single(Errors());

        Assert.Contains("articles.yml(2,", error, StringComparison.Ordinal);
        Assert.Contains("'starts'", error, StringComparison.Ordinal);
    }

    /// <summary>Issue 19, items 3 and 5: the slugs and languages that overwrote the home page, left the output or carried script.</summary>
    [Theory]
    [InlineData("slug", "\"..\"", "a slug is lowercase ASCII letters, digits and hyphens ([a-z0-9-]+), not '..'")]
    [InlineData("slug", "../../evil", "a slug is lowercase ASCII letters, digits and hyphens ([a-z0-9-]+), not '../../evil'")]
    [InlineData("slug", "../../../escaped", "a slug is lowercase ASCII letters, digits and hyphens ([a-z0-9-]+), not '../../../escaped'")]
    [InlineData("slug", "\"x\\\" onmouseover=alert(1) y=\\\"\"", "a slug is lowercase ASCII letters, digits and hyphens ([a-z0-9-]+), not 'x\" onmouseover=alert(1) y=\"'")]
    [InlineData("slug", "Ulttyq", "a slug is lowercase ASCII letters, digits and hyphens ([a-z0-9-]+), not 'Ulttyq'")]
    [InlineData("slug", "index", "the slug 'index' is reserved for the site's own pages (about, articles, assets, index, print, search)")]
    [InlineData("slug", "assets", "the slug 'assets' is reserved for the site's own pages (about, articles, assets, index, print, search)")]
    [InlineData("lang", "\"kk\\\" onmouseover=alert(1) x=\\\"\"", "lang is a language tag of two or three lowercase letters, maybe with subtags (kk, ru, kk-Latn), not 'kk\" onmouseover=alert(1) x=\"'")]
    [InlineData("lang", "\"kk><script>alert(1)</script>\"", "lang is a language tag of two or three lowercase letters, maybe with subtags (kk, ru, kk-Latn), not 'kk><script>alert(1)</script>'")]
    public void Load_WhenASlugOrLangCouldLeaveItsFolderOrCarryMarkup_NamesTheFileLineAndValue(string key, string value, string message)
    {
        Write("articles.yml", $"articles:\n  - id: a1\n    {key}: {value}\n");

        var error = Assert.Single(Errors());

        Assert.Equal($"my-input/editorial/articles.yml(3,{key.Length + 7}): error: {message}", error);
    }

    [Theory]
    [InlineData("slug", "ulttyq-qurylys-2")]
    [InlineData("lang", "kk-Latn")]
    [InlineData("lang", "ru")]
    public void Load_AcceptsSlugsAndLanguagesOfTheirForm(string key, string value)
    {
        Write("articles.yml", $"articles:\n  - id: a1\n    {key}: {value}\n");

        var article = Assert.Single(Load().Articles);

        Assert.Equal(value, key == "slug" ? article.Slug : article.Lang);
    }

    private EditorialDecisions Load() => EditorialLoader.Load(Input, Display);

    private List<string> Errors() => [.. Assert.Throws<BuildException>(Load).Diagnostics.Select(d => d.ToString())];

    private void Write(string name, string text)
    {
        Directory.CreateDirectory(Path.Combine(Input, EditorialLoader.Folder));
        File.WriteAllText(Path.Combine(Input, EditorialLoader.Folder, name), text);
    }
}
