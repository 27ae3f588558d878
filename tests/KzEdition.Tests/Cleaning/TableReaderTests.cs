using KzEdition.Cleaning;
using KzEdition.Model;

namespace KzEdition.Tests.Cleaning;

public sealed class TableReaderTests
{
    private const string RealSource = "004_2dbc11eb0e7c7aeb.txt";

    [Fact]
    public void Build_WhenATableHasASourceLine_KeepsItsLinesAsItems()
    {
        var table = Tables(SyntheticSources.Tables)[0];

        Assert.Equal("1 кесте", table.Caption);
        Assert.Equal("Қазақстанның халықаралық ұйымдармен ынтымақтастығының негізгі бағыттары", table.Title);
        Assert.False(table.HasCells);
        Assert.Equal(
            [
                "Саяси ынтымақтастық: саммиттер мен министрлер кеңестеріне тұрақты қатысу, екіжақты кеңестер өткізу;",
                "Экономикалық ынтымақтастық: инвестиция тарту, сауданы кеңейту.",
            ],
            table.Lines);
        Assert.Equal("Дереккөз: Қазақстан Республикасы Сыртқы істер министрлігі, 2020.", table.Source);
    }

    [Fact]
    public void Build_WhenATableHasNoSourceLine_RecoversTwoColumnCellsFromTheColumnGap()
    {
        var table = Tables(SyntheticSources.Tables)[1];

        Assert.Equal("2 кесте", table.Caption);
        Assert.Equal("Орталық Азия елдерінің Ауғанстандағы халықаралық күштерге қолдауы", table.Title);
        Assert.Null(table.Source);
        Assert.True(table.HasCells);
        Assert.Equal(
            [
                ["Қазақстан", "2009 жылы Ауғанстандағы халықаралық күштерге азаматтық жүктерді транзитпен өткізуге рұқсат берді; 2013 жылы Қазақстан бітімгершілік батальонын дайындауды аяқтады."],
                ["Қырғызстан", "2001 жылы Манас әуежайын коалиция күштеріне берді."],
            ],
            table.Rows.Select(r => r.ToArray()));
    }

    [Fact]
    public void Build_WhenATableEnds_ReadsTheTextAroundItAsParagraphs()
    {
        var article = Assert.Single(CleaningRun.Articles(SyntheticSources.Tables));

        Assert.Equal(["Paragraph", "TableBlock", "Paragraph", "TableBlock", "Paragraph"], article.Body.Select(b => b.GetType().Name));
        Assert.StartsWith("Кестеден көрініп тұрғандай,", ((Paragraph)article.Body[2]).Text, StringComparison.Ordinal);
        Assert.StartsWith("Ауғанстандағы жағдайдың тұрақтануы", ((Paragraph)article.Body[4]).Text, StringComparison.Ordinal);
        Assert.Equal(2, article.TableCount);
    }

    [Fact]
    public void Read_WhenTheCaptionCarriesTheTitle_TakesItFromTheCaption()
    {
        TextBlock[] blocks =
        [
            Block(BlockKind.TableCaption, 1, "3 кесте. Ынтымақтастық бағыттары"),
            Block(BlockKind.Paragraph, 2, " Саяси ынтымақтастық: тұрақты кеңестер;"),
            Block(BlockKind.Paragraph, 3, " Экономикалық ынтымақтастық: инвестиция тарту."),
            Block(BlockKind.TableSource, 4, "Дереккөз: автордың құрастыруы."),
            Block(BlockKind.Paragraph, 5, "Кестеден көрініп тұрғандай, ынтымақтастық кеңейіп келеді."),
        ];

        var (table, next) = TableReader.Read(blocks, 0, WordEvidence.Empty);

        Assert.Equal(("3 кесте", "Ынтымақтастық бағыттары"), (table.Caption, table.Title));
        Assert.Equal(["Саяси ынтымақтастық: тұрақты кеңестер;", "Экономикалық ынтымақтастық: инвестиция тарту."], table.Lines);
        Assert.Equal("Дереккөз: автордың құрастыруы.", table.Source);
        Assert.Equal(4, next);
    }

    [Fact]
    public void Read_WhenLinesAreNotIndented_ContinuesTheItemBeforeThem()
    {
        TextBlock[] blocks =
        [
            Block(BlockKind.TableCaption, 1, "1 кесте"),
            Block(BlockKind.Paragraph, 2, "Ынтымақтастықтың негізгі", "бағыттары"),
            Block(BlockKind.Paragraph, 4, " Әскери-саяси ынтымақтастық: терроризмге, экстремизмге, заңсыз қару-", "жарақ пен есірткі тасымалына қарсы күрес;", " Мәдени-гуманитарлық ынтымақтастық: білім беру жобалары."),
            Block(BlockKind.TableSource, 7, "Дереккөз: Акматалиева А. М., 2011."),
        ];

        var (table, next) = TableReader.Read(blocks, 0, WordEvidence.From(["Ол қару-жарақ туралы жазды."]));

        Assert.Equal("Ынтымақтастықтың негізгі бағыттары", table.Title);
        Assert.Equal(
            ["Әскери-саяси ынтымақтастық: терроризмге, экстремизмге, заңсыз қару-жарақ пен есірткі тасымалына қарсы күрес;", "Мәдени-гуманитарлық ынтымақтастық: білім беру жобалары."],
            table.Lines);
        Assert.Equal(4, next);
    }

    [Fact]
    public void Read_WhenNoSourceLineFollows_StopsAtTheNextLongParagraph()
    {
        TextBlock[] blocks =
        [
            Block(BlockKind.TableCaption, 1, "2 кесте"),
            Block(BlockKind.Paragraph, 2, "Елдердің қолдау операциялары"),
            Block(BlockKind.Paragraph, 3, "Қазақстан  2009 жылы транзитке рұқсат берді;", " 2010 жылы жүк транзитін кеңейтті."),
            Block(BlockKind.Paragraph, 5, "Өзбекстан  2009 жылы «солтүстік бағдарға» қосылды."),
            Block(
                BlockKind.Paragraph,
                6,
                "Қауіпсіздікті, тұрақтылықты және ынтымақтастықты нығайтуға бағытталған тағы бір",
                "маңызды ынтымақтастық механизмі НАТО мен Орталық Азия елдері арасындағы «Бейбітшілік",
                "үшін әріптестік» бағдарламасы болып табылады. Бағдарлама 1994 жылы НАТО-ға мүше емес",
                "тәуелсіз мемлекеттермен диалог пен ынтымақтастықты кеңейту мақсатында басталды."),
        ];

        var (table, next) = TableReader.Read(blocks, 0, WordEvidence.Empty);

        Assert.Equal(4, next);
        Assert.Equal("Елдердің қолдау операциялары", table.Title);
        Assert.Equal(
            [["Қазақстан", "2009 жылы транзитке рұқсат берді; 2010 жылы жүк транзитін кеңейтті."], ["Өзбекстан", "2009 жылы «солтүстік бағдарға» қосылды."]],
            table.Rows.Select(r => r.ToArray()));
    }

    [Fact]
    public void Read_WhenAnotherCaptionComesBeforeASourceLine_DoesNotReachPastIt()
    {
        TextBlock[] blocks =
        [
            Block(BlockKind.TableCaption, 1, "1 кесте"),
            Block(BlockKind.Paragraph, 2, "Қазақстан  2009 жылы транзитке рұқсат берді."),
            Block(BlockKind.Paragraph, 3, "Қырғызстан  2001 жылы әуебазаны берді."),
            Block(BlockKind.TableCaption, 4, "2 кесте"),
            Block(BlockKind.Paragraph, 5, " Саяси ынтымақтастық."),
            Block(BlockKind.TableSource, 6, "Дереккөз: автордың құрастыруы."),
        ];

        var (table, next) = TableReader.Read(blocks, 0, WordEvidence.Empty);

        Assert.Null(table.Source);
        Assert.Equal(3, next);
        Assert.Equal(2, table.Rows.Length);
    }

    [Fact]
    public void Build_OfTheRealSource004_ReadsTable1AsThreeItemsWithItsSourceLine()
    {
        var table = RealTables().Single(t => t.Caption == "1 кесте");

        Assert.Equal("Орталық Азия мемлекеттері мен Еуропалық аймақтық және трансатлантикалық серіктестері арасындағы ынтымақтастықтың басым бағыттары", table.Title);
        Assert.False(table.HasCells);
        Assert.Equal(3, table.Lines.Length);
        Assert.StartsWith("Әскери-саяси ынтымақтастық: халықаралық терроризмге, экстремизмге, заңсыз қару-жарақ пен есірткі", table.Lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Мәдени-гуманитарлық ынтымақтастық:", table.Lines[1], StringComparison.Ordinal);
        Assert.Equal("Әлеуметтік-экономикалық ынтымақтастық: инфрақұрылымды дамытуға техникалық көмек көрсету, инвестицияларды қамтамасыз ету, сауда қатынастарын кеңейту, отын-энергетикалық ресурстарды өзара тиімді пайдалану.", table.Lines[2]);
        Assert.Equal("Дереккөз: Акматалиева А. М. Трансатлантическое партнерство по вопросам безопасности в Центральной Азии : автореферат дис. ... кандидата политических наук : 23.00.04. - Бишкек, 2011.- 14 с.", table.Source);
    }

    [Fact]
    public void Build_OfTheRealSource004_ReadsTable2AsThreeRowsOfTwoCells()
    {
        var table = RealTables().Single(t => t.Caption == "2 кесте");

        Assert.Equal("Орталық Азия елдері (Қазақстан, Қырғызстан, Өзбекстан) НАТО-ның Ауғанстандағы халықаралық қауіпсіздікке жәрдемдесу күштерінің (ISAF) қолдау операциялары", table.Title);
        Assert.Null(table.Source);
        Assert.Equal(["Қазақстан", "Қырғызстан", "Өзбекстан"], table.Rows.Select(r => r[0]));
        Assert.All(table.Rows, r => Assert.Equal(2, r.Length));
        Assert.Equal("2009 жылдың ақпанында Қазақстан АҚШ-қа Ауғанстан аумағында ISAF әскери контингенті үшін азаматтық жүктерді транзитпен өткізуге рұқсат берді [3]. 2010 жылы қаңтарда НАТО елдерінен Қазақстан аумағы арқылы Ауғанстанға жүк транзитіне рұқсат берді [4].", table.Rows[0][1]);
        Assert.EndsWith("деп аталатын жолға қосылу туралы келісім жасалды [6].", table.Rows[2][1], StringComparison.Ordinal);
    }

    [Fact]
    public void Build_OfTheRealSource004_ResumesRunningTextAfterEachTable()
    {
        var article = RealArticles().Single(a => a.Body.OfType<TableBlock>().Any());
        var body = article.Body.ToList();

        var afterFirst = (Paragraph)body[body.FindIndex(b => b is TableBlock { Caption: "1 кесте" }) + 1];
        var afterSecond = (Paragraph)body[body.FindIndex(b => b is TableBlock { Caption: "2 кесте" }) + 1];

        Assert.StartsWith("Соңғы онжылдықта, стратегиялық маңызды Орталық Азия аймағында", afterFirst.Text, StringComparison.Ordinal);
        Assert.StartsWith("Қауіпсіздікті, тұрақтылықты және ынтымақтастықты нығайтуға", afterSecond.Text, StringComparison.Ordinal);
    }

    private static List<TableBlock> Tables(string text) =>
        [.. CleaningRun.Articles(text).SelectMany(a => a.Body.OfType<TableBlock>())];

    private static List<Article> RealArticles()
    {
        var cleaned = RealCorpus.Clean(RealSource);
        return [.. ArticleSegmenter.Segment(cleaned).Select(s => ArticleBuilder.Build(s, RealCorpus.CaseEvidence, RealCorpus.WordEvidence, "kk"))];
    }

    private static List<TableBlock> RealTables() => [.. RealArticles().SelectMany(a => a.Body.OfType<TableBlock>())];

    private static TextBlock Block(BlockKind kind, int firstLine, params string[] rawLines) =>
        new(kind, string.Join(' ', rawLines.Select(l => l.Trim())), firstLine, firstLine + rawLines.Length - 1) { RawLines = [.. rawLines] };
}
