using System.Collections.Immutable;
using KzEdition.Cleaning;
using KzEdition.Model;

namespace KzEdition.Tests.Cleaning;

public sealed class ArticleBuilderTests
{
    [Fact]
    public void Build_OfAJournalArticle_ReadsTheTitleInNormalCase()
    {
        var article = Assert.Single(CleaningRun.Articles(SyntheticSources.JournalArticle));

        Assert.Equal("Қазақстан мен НАТО арасындағы ынтымақтастық", article.Title);
        Assert.Equal(TitleSource.Source, article.TitleSource);
        Assert.Equal("qazaqstan-men-nato-arasyndagy-yntymaqtastyq", article.Slug);
        Assert.Equal(article.Title, article.DisplayTitle);
    }

    [Fact]
    public void Build_OfAJournalArticle_ReadsAuthorsAffiliationAbstractAndKeywords()
    {
        var article = Assert.Single(CleaningRun.Articles(SyntheticSources.JournalArticle));

        Assert.Equal(["Л.Т. Исова"], article.Authors);
        Assert.Equal(["Әл-Фараби атындағы Қазақ ұлттық университеті, Алматы, Қазақстан"], article.Affiliations);
        Assert.Equal("Мақалада Қазақстан Республикасы мен Солтүстік Атлантикалық келісім ұйымы арасындағы ынтымақтастықтың негізгі бағыттары қарастырылады.", article.Abstract);
        Assert.Equal(["Қазақстан", "НАТО", "қауіпсіздік", "ынтымақтастық"], article.Keywords);
    }

    [Fact]
    public void Build_OfAJournalArticle_ReadsItsBodyWithHeadingsAndAnOrderedList()
    {
        var article = Assert.Single(CleaningRun.Articles(SyntheticSources.JournalArticle));

        Assert.Equal(
            [
                new Heading(2, "Кіріспе"),
                new Paragraph("Тәуелсіздік алғаннан кейін Қазақстан көпвекторлы сыртқы саясатты ұстанып, әлемнің жетекші мемлекеттерімен және халықаралық ұйымдармен тең құқылы қарым-қатынас орнатуға ұмтылды. Осы бағытта НАТО-мен әріптестік ерекше орын алады."),
                new Paragraph("Қазақстанның НАТО-мен ынтымақтастығы бірнеше бағытта жүзеге асырылады:"),
                new ListBlock(true, ["саяси диалог және өзара кеңес;", "бітімгершілік операцияларға дайындық;", "ғылыми және экологиялық бағдарламалар."]),
                new Paragraph("Бітімгершілік саласында Қазақстан батальоны халықаралық оқу-жаттығуларға тұрақты түрде қатысып, НАТО стандарттарына сай даярлықтан өтті. Бұл тәжірибе Қазақстанның Біріккен Ұлттар Ұйымының бітімгершілік миссияларына қатысуына жол ашты."),
                new Heading(2, "Қорытынды"),
                new Paragraph("Қорыта айтқанда, Қазақстан мен НАТО арасындағы ынтымақтастық елдің ұлттық мүдделеріне сай дамып келеді және өңірлік қауіпсіздікті нығайтуға үлес қосады."),
            ],
            article.Body);
    }

    [Fact]
    public void Build_OfAJournalArticle_CollectsTheReferenceEntriesWithoutTheirNumbers()
    {
        var article = Assert.Single(CleaningRun.Articles(SyntheticSources.JournalArticle));

        Assert.Equal(["Назарбаев Н.Ә. Қазақстан жолы. – Астана, 2007. – 372 б.", "Токаев К.К. Под стягом независимости. – Алматы, 1997."], article.References);
        Assert.DoesNotContain(article.Body, b => b is Heading { Text: "Әдебиеттер" });
        Assert.DoesNotContain(article.Notes, n => n.Kind == "no-references");
    }

    [Fact]
    public void Build_OfAJournalArticle_NamesItsWitnessIdAndLanguage()
    {
        var article = Assert.Single(CleaningRun.Articles(SyntheticSources.JournalArticle, "Sample_Journal.txt"));

        Assert.Equal("sample_journal-1", article.Id);
        Assert.Equal("kk", article.Lang);
        Assert.Equal([new Witness("Sample_Journal.txt", 1, 23, Primary: true)], article.Witnesses);
        Assert.Equal(ArticleStatus.Complete, article.Status);
    }

    [Fact]
    public void Build_OfTheArticlesOfOneSource_NumbersTheirIdsInSourceOrder()
    {
        var articles = CleaningRun.Articles(SyntheticSources.TitleAfterText, "004_ABC.txt");

        Assert.Equal(["004_abc-1", "004_abc-2"], articles.Select(a => a.Id));
    }

    [Fact]
    public void Build_WhenTheTitleIsPrintedOnTwoLines_JoinsThemAndKeepsTheCaseTheCorpusGivesEachWord()
    {
        const string text = """
            ҚАЗАҚСТАН ЖӘНЕ ТҮРКИЯ:
            НАТО АЯСЫНДАҒЫ ЫНТЫМАҚТАСТЫҚ
            Тәуелсіздік алғаннан кейін Қазақстан мен Түркия НАТО-ның әріптестік бағдарламаларына
            белсенді қатысып, бітімгершілік пен әскери білім беру салаларында тәжірибе алмасып
            келеді. Бұл ынтымақтастық екі елдің де қауіпсіздігін нығайтады.
            """;
        var cleaned = CleaningRun.Clean(text);
        Assert.Equal([BlockKind.Title, BlockKind.Title, BlockKind.Paragraph], cleaned.Blocks.Select(b => b.Kind));

        var article = Assert.Single(CleaningRun.Articles(text));

        Assert.Equal("Қазақстан және Түркия: НАТО аясындағы ынтымақтастық", article.Title);
    }

    [Fact]
    public void Build_WhenAnAuthorLineNamesSeveralAuthors_GivesEachWithInitialsClosedUp()
    {
        var segment = CleaningRun.SegmentOf(
            SourceLayout.HardWrapped,
            Block(BlockKind.Title, "ОРТАЛЫҚ АЗИЯДАҒЫ ҚАУІПСІЗДІК", 1),
            Block(BlockKind.Author, "Л. Т. Исова, А.Б.Серікбаева", 2),
            Block(BlockKind.Paragraph, "Орталық Азия елдері өңірлік қауіпсіздікті бірлесіп нығайтады.", 3));

        var article = CleaningRun.Build(segment, "Орталық Азия елдері өңірлік қауіпсіздікті бірлесіп нығайтады.");

        Assert.Equal(["Л.Т. Исова", "А.Б. Серікбаева"], article.Authors);
    }

    [Fact]
    public void Build_WhenKeywordsAreSeparatedBySemicolons_SplitsThemThere()
    {
        var segment = CleaningRun.SegmentOf(
            SourceLayout.HardWrapped,
            Block(BlockKind.Title, "БЕЗОПАСНОСТЬ ЦЕНТРАЛЬНОЙ АЗИИ", 1),
            Block(BlockKind.Keywords, "Ключевые слова: Казахстан; НАТО; безопасность.", 2),
            Block(BlockKind.Paragraph, "Государства Центральной Азии укрепляют сотрудничество.", 3));

        var article = CleaningRun.Build(segment, "");

        Assert.Equal(["Казахстан", "НАТО", "безопасность"], article.Keywords);
    }

    [Fact]
    public void Build_WhenListItemsAreBulleted_MakesAnUnorderedListWithoutTheBullets()
    {
        var segment = CleaningRun.SegmentOf(
            SourceLayout.HardWrapped,
            Block(BlockKind.Title, "ОРТАЛЫҚ АЗИЯДАҒЫ ҚАУІПСІЗДІК", 1),
            Block(BlockKind.Paragraph, "Ынтымақтастықтың негізгі тетіктері:", 2),
            Block(BlockKind.ListItem, "• жеке әріптестік бағдарламалары;", 3),
            Block(BlockKind.ListItem, "\uF0B7 жоспарлау және шолу үдерісі;", 4),
            Block(BlockKind.ListItem, "▪ бірлескен оқу-жаттығулар.", 5));

        var article = CleaningRun.Build(segment, "");

        Assert.Equal(new ListBlock(false, ["жеке әріптестік бағдарламалары;", "жоспарлау және шолу үдерісі;", "бірлескен оқу-жаттығулар."]), article.Body[^1]);
    }

    [Fact]
    public void Build_WhenListItemsAreNumberedWithParentheses_MakesAnOrderedListWithoutTheNumbers()
    {
        var segment = CleaningRun.SegmentOf(
            SourceLayout.HardWrapped,
            Block(BlockKind.Title, "ОРТАЛЫҚ АЗИЯДАҒЫ ҚАУІПСІЗДІК", 1),
            Block(BlockKind.ListItem, "1) саяси диалог;", 2),
            Block(BlockKind.ListItem, "2) бітімгершілік.", 3),
            Block(BlockKind.Paragraph, "Екі бағыт та маңызды.", 4));

        var article = CleaningRun.Build(segment, "");

        Assert.Equal([new ListBlock(true, ["саяси диалог;", "бітімгершілік."]), new Paragraph("Екі бағыт та маңызды.")], article.Body);
    }

    [Fact]
    public void Build_WhenAReferencesHeadingHasNothingUnderIt_SaysSoInANoteAndPrintsNoHeading()
    {
        var article = Assert.Single(CleaningRun.Articles(SyntheticSources.EmptyReferences, "empty-refs.txt"));

        Assert.Equal([new EditorialNote("no-references", "Қолданылған әдебиеттер тізімі", "empty-refs.txt", 3)], article.Notes);
        Assert.Empty(article.References);
        Assert.DoesNotContain(article.Body, b => b is Heading);
        Assert.DoesNotContain(article.Body.SelectMany(Article.TextsOf), t => t.Contains("әдебиеттер", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_WhenAnEmptyReferencesHeadingEndsInAColon_NotesItWithoutTheColon()
    {
        var segment = CleaningRun.SegmentOf(
            SourceLayout.HardWrapped,
            Block(BlockKind.Title, "ОРТАЛЫҚ АЗИЯДАҒЫ ҚАУІПСІЗДІК", 1),
            Block(BlockKind.Paragraph, "Орталық Азия елдері өңірлік қауіпсіздікті бірлесіп нығайтады.", 2),
            Block(BlockKind.ReferencesHeading, "Әдебиеттер:", 3));

        var article = CleaningRun.Build(segment, "");

        Assert.Equal("Әдебиеттер", Assert.Single(article.Notes, n => n.Kind == "no-references").Text);
    }

    [Fact]
    public void Build_WhenTheTextStartsInLowerCase_IsAFragment()
    {
        var article = Assert.Single(CleaningRun.Articles(SyntheticSources.LowerCaseStart));

        Assert.Equal(ArticleStatus.Fragment, article.Status);
    }

    [Fact]
    public void Build_WhenTheTextEndsMidSentence_IsAFragment()
    {
        var article = Assert.Single(CleaningRun.Articles(SyntheticSources.EndsMidSentence));

        Assert.Equal(ArticleStatus.Fragment, article.Status);
    }

    [Fact]
    public void Build_WhenAHardWrappedSourceOpensWithoutAHead_MakesItsFirstArticleAFragment()
    {
        var articles = CleaningRun.Articles(SyntheticSources.TitleAfterText);

        // The first text starts with a capital and ends with a full stop: only the missing head tells.
        Assert.Equal([ArticleStatus.Fragment, ArticleStatus.Complete], articles.Select(a => a.Status));
    }

    [Fact]
    public void Build_WhenATextIsWholeAndItsSourceIsNoPageExtract_IsComplete()
    {
        var articles = CleaningRun.Articles(SyntheticSources.Separated);

        Assert.Equal([ArticleStatus.Complete, ArticleStatus.Complete], articles.Select(a => a.Status));
    }

    [Fact]
    public void Build_WhenAHardWrappedSourceOpensWithItsHead_IsComplete()
    {
        Assert.Equal(ArticleStatus.Complete, Assert.Single(CleaningRun.Articles(SyntheticSources.JournalArticle)).Status);
    }

    [Fact]
    public void Build_WhenNoTitleIsPrinted_DerivesOneFromTheOpeningClause()
    {
        var article = Assert.Single(CleaningRun.Articles(SyntheticSources.Encyclopedia));

        Assert.Equal("Солтүстік атлантикалық келісім ұйымы", article.Title);
        Assert.Equal(TitleSource.Derived, article.TitleSource);
        Assert.Equal("[Солтүстік атлантикалық келісім ұйымы]", article.DisplayTitle);
        Assert.Equal("soltustik-atlantikalyq-kelisim-uiymy", article.Slug);
    }

    [Fact]
    public void Build_WhenTheTextStartsInLowerCase_DerivesATitleOpeningWithAnEllipsis()
    {
        var article = Assert.Single(CleaningRun.Articles(SyntheticSources.LowerCaseStart));

        Assert.Equal("…және әлеуметтік-экономикалық реформалар жүргізу кіреді", article.Title);
    }

    [Theory]
    [InlineData("Солтүстік атлантикалық келісім ұйымы, НАТО - әскери-саяси одақ. 1949 жылы құрылды.", "Солтүстік атлантикалық келісім ұйымы")]
    [InlineData("Шанхай ынтымақтастық ұйымы (ШЫҰ) – 2001 жылы құрылған өңірлік ұйым.", "Шанхай ынтымақтастық ұйымы (ШЫҰ)")]
    [InlineData("Қазақстан 1992 жылы кеңеске қосылды. Бұл маңызды қадам еді.", "Қазақстан 1992 жылы кеңеске қосылды")]
    [InlineData("Осылайша, Еуропалық Одақтың Орталық Азиядағы саясаты білім беру, энергетика және қауіпсіздік салаларына негізделеді.", "Осылайша, Еуропалық Одақтың Орталық Азиядағы саясаты білім беру…")]
    [InlineData("Орталық Азия мемлекеттері тәуелсіздік алғаннан кейін өңірлік қауіпсіздікті нығайту үшін көпжақты ұйымдармен, әсіресе НАТО-мен, ынтымақтасты.", "Орталық Азия мемлекеттері тәуелсіздік алғаннан кейін өңірлік қауіпсіздікті…")]
    [InlineData("және әлеуметтік-экономикалық реформалар жүргізу кіреді. Мемлекет шешуші рөл атқарады.", "…және әлеуметтік-экономикалық реформалар жүргізу кіреді")]
    [InlineData("мемлекеттер, атап айтқанда Қазақстан мен Өзбекстан, бұл бастаманы қолдады.", "…мемлекеттер, атап айтқанда Қазақстан мен Өзбекстан, бұл бастаманы…")]
    public void DeriveTitle_TakesTheOpeningClauseWhenItIsShort_ElseTheFirstEightWords(string text, string expected)
    {
        Assert.Equal(expected, ArticleBuilder.DeriveTitle(text));
    }

    [Fact]
    public void DeriveTitle_NeverCutsInsideParentheses()
    {
        const string text = "Ұжымдық қауіпсіздік туралы шарт ұйымы (ҰҚШҰ, 2002 жылдан бері) Еуразиядағы әскери-саяси одақ болып табылады.";

        var title = ArticleBuilder.DeriveTitle(text);

        Assert.NotEqual("Ұжымдық қауіпсіздік туралы шарт ұйымы (ҰҚШҰ", title);
        Assert.Equal("Ұжымдық қауіпсіздік туралы шарт ұйымы (ҰҚШҰ, 2002 жылдан…", title);
    }

    [Fact]
    public void Build_WhenTheEditorsJoinTwoTexts_SetsTheSecondTitleAsAHeadingInNormalCase()
    {
        var segment = Assert.Single(CleaningRun.Segments(SyntheticSources.TitleAfterText, joinLines: new HashSet<int> { 4 }));

        var article = CleaningRun.Build(segment, SyntheticSources.TitleAfterText);

        Assert.Contains(new Heading(2, "Орталық Азиядағы энергетикалық қауіпсіздік"), article.Body);
        Assert.Equal(TitleSource.Derived, article.TitleSource);
    }

    [Fact]
    public void Build_WhenASectionHeadingEndsInAFullStop_PrintsItWithoutIt()
    {
        var segment = CleaningRun.SegmentOf(
            SourceLayout.HardWrapped,
            Block(BlockKind.Title, "ОРТАЛЫҚ АЗИЯДАҒЫ ҚАУІПСІЗДІК", 1),
            Block(BlockKind.Heading, "Кіріспе.", 2),
            Block(BlockKind.Paragraph, "Орталық Азия елдері өңірлік қауіпсіздікті бірлесіп нығайтады.", 3));

        Assert.Equal(new Heading(2, "Кіріспе"), CleaningRun.Build(segment, "").Body[0]);
    }

    [Fact]
    public void Build_OfARussianText_GivesItsLanguage()
    {
        var articles = CleaningRun.Articles(SyntheticSources.LanguageChange);

        Assert.Equal(["kk", "ru"], articles.Select(a => a.Lang));
    }

    private static TextBlock Block(BlockKind kind, string text, int line) => new(kind, text, line, line) { RawLines = [text] };
}
