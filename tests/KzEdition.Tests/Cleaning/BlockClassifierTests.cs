using KzEdition.Cleaning;

namespace KzEdition.Tests.Cleaning;

public sealed class BlockClassifierTests
{
    [Theory]
    [InlineData("ҚАЗАҚСТАН МЕН НАТО АРАСЫНДАҒЫ ЫНТЫМАҚТАСТЫҚ")]
    [InlineData("ОРТАЛЫҚ АЗИЯДАҒЫ ҚАУІПСІЗДІК")]
    [InlineData("ҚАЗАҚСТАН-ТҮРКИЯ ҚАТЫНАСТАРЫ: 1991–2021 ЖЫЛДАР")]
    public void KindOf_WhenSeveralWordsStandInCapitals_IsTitle(string text)
    {
        Assert.Equal(BlockKind.Title, BlockClassifier.KindOf(text));
    }

    [Theory]
    [InlineData("НАТО")]
    [InlineData("ЕҚЫҰ")]
    [InlineData("ҚР")]
    public void KindOf_WhenALoneAcronymStandsInCapitals_IsNoTitle(string text)
    {
        Assert.Equal(BlockKind.Paragraph, BlockClassifier.KindOf(text));
    }

    [Fact]
    public void KindOf_WhenOneWordIsInLowerCase_IsNoTitle()
    {
        Assert.Equal(BlockKind.Paragraph, BlockClassifier.KindOf("ҚАЗАҚСТАН мен НАТО АРАСЫНДАҒЫ ЫНТЫМАҚТАСТЫҚ"));
    }

    [Theory]
    [InlineData("Л.Т. Исова")]
    [InlineData("Исова Л.Т.")]
    [InlineData("Дж. Робертсон")]
    [InlineData("Л. Т. Исова")]
    [InlineData("Л.Т. Исова, А.Б. Серікбаева")]
    [InlineData("Исова Л.Т., Серікбаева А.Б.")]
    public void KindOf_WhenTheBlockIsInitialsAndASurname_IsAuthor(string text)
    {
        Assert.Equal(BlockKind.Author, BlockClassifier.KindOf(text));
    }

    [Theory]
    [InlineData("Исова жазды.")]
    [InlineData("Л.Т. Исова мақаласында НАТО-ның Орталық Азиядағы саясатын қарастырады.")]
    public void KindOf_WhenASentenceOnlyMentionsAnAuthor_IsParagraph(string text)
    {
        Assert.Equal(BlockKind.Paragraph, BlockClassifier.KindOf(text));
    }

    [Theory]
    [InlineData("Аңдатпа. Мақалада Қазақстан мен НАТО арасындағы ынтымақтастық қарастырылады.")]
    [InlineData("Аннотация: В статье рассматривается сотрудничество Казахстана и НАТО.")]
    [InlineData("Abstract. The article considers the cooperation of Kazakhstan and NATO.")]
    [InlineData("Түйіндеме. Мақалада Орталық Азия елдерінің саясаты талданады.")]
    public void KindOf_WhenTheBlockOpensWithAnAbstractLabel_IsAbstract(string text)
    {
        Assert.Equal(BlockKind.Abstract, BlockClassifier.KindOf(text));
    }

    [Theory]
    [InlineData("Түйін сөздер: Қазақстан, НАТО, қауіпсіздік.")]
    [InlineData("Түйінді сөздер: Орталық Азия, ынтымақтастық")]
    [InlineData("Кілт сөздер: саясат, қауіпсіздік")]
    [InlineData("Ключевые слова: Казахстан, НАТО, безопасность.")]
    [InlineData("Keywords: Kazakhstan, NATO, security")]
    public void KindOf_WhenTheBlockOpensWithAKeywordsLabel_IsKeywords(string text)
    {
        Assert.Equal(BlockKind.Keywords, BlockClassifier.KindOf(text));
    }

    [Theory]
    [InlineData("1 кесте")]
    [InlineData("1-кесте")]
    [InlineData("Кесте 3")]
    [InlineData("Таблица 2")]
    [InlineData("Table 4")]
    [InlineData("2 кесте. Орталық Азия елдерінің қолдау операциялары")]
    public void KindOf_WhenTheBlockIsATableLabel_IsTableCaption(string text)
    {
        Assert.Equal(BlockKind.TableCaption, BlockClassifier.KindOf(text));
    }

    [Theory]
    [InlineData("Кестеде көрсетілгендей, ынтымақтастықтың басым бөлігі қауіпсіздік саласына тиесілі.")]
    [InlineData("Кесте 2020 жылғы санақ деректері негізінде құрастырылды.")]
    public void KindOf_WhenASentenceOnlySpeaksOfATable_IsParagraph(string text)
    {
        Assert.Equal(BlockKind.Paragraph, BlockClassifier.KindOf(text));
    }

    [Theory]
    [InlineData("Дереккөз: Қазақстан Республикасы Сыртқы істер министрлігі, 2020.")]
    [InlineData("Дерек көзі: автордың есептеулері")]
    [InlineData("Источник: составлено автором")]
    public void KindOf_WhenTheBlockNamesATableSource_IsTableSource(string text)
    {
        Assert.Equal(BlockKind.TableSource, BlockClassifier.KindOf(text));
    }

    [Theory]
    [InlineData("1. саяси диалог және өзара кеңес;")]
    [InlineData("2) бітімгершілік операцияларға дайындық;")]
    [InlineData("• ғылыми және экологиялық бағдарламалар.")]
    [InlineData("\uF0B7 Әскери-саяси ынтымақтастық")]
    [InlineData("▪ энергетикалық қауіпсіздік")]
    public void KindOf_WhenTheBlockOpensWithANumberOrABullet_IsListItem(string text)
    {
        Assert.Equal(BlockKind.ListItem, BlockClassifier.KindOf(text));
    }

    [Fact]
    public void KindOf_WhenASentenceOpensWithAYear_IsNoListItem()
    {
        Assert.Equal(BlockKind.Paragraph, BlockClassifier.KindOf("1992 жылы Қазақстан Солтүстік Атлантикалық ынтымақтастық кеңесіне қосылды."));
    }

    [Theory]
    [InlineData("Әдебиеттер")]
    [InlineData("Әдебиеттер:")]
    [InlineData("Әдебиеттер тізімі")]
    [InlineData("Қолданылған әдебиеттер тізімі")]
    [InlineData("ПАЙДАЛАНЫЛҒАН ӘДЕБИЕТТЕР")]
    [InlineData("Литература")]
    [InlineData("Список литературы")]
    [InlineData("References")]
    public void KindOf_WhenTheBlockIsAReferenceListHeading_IsReferencesHeading(string text)
    {
        Assert.Equal(BlockKind.ReferencesHeading, BlockClassifier.KindOf(text));
    }

    [Fact]
    public void KindOf_WhenASentenceMentionsTheLiterature_IsParagraph()
    {
        Assert.Equal(BlockKind.Paragraph, BlockClassifier.KindOf("Әдебиеттер тізімінде 1990 жылдан бергі еңбектер келтірілген."));
    }

    [Theory]
    [InlineData("Кіріспе")]
    [InlineData("Кіріспе.")]
    [InlineData("Қорытынды")]
    [InlineData("Нәтижелер мен талқылау")]
    [InlineData("Введение")]
    [InlineData("Заключение")]
    public void KindOf_WhenTheBlockIsASectionHeading_IsHeading(string text)
    {
        Assert.Equal(BlockKind.Heading, BlockClassifier.KindOf(text));
    }

    [Fact]
    public void KindOf_OfRunningText_IsParagraph()
    {
        Assert.Equal(BlockKind.Paragraph, BlockClassifier.KindOf("Қорыта айтқанда, Қазақстан мен НАТО арасындағы ынтымақтастық елдің ұлттық мүдделеріне сай дамып келеді."));
    }

    [Fact]
    public void Classify_WhenAUniversityLineStandsUnderAnAuthorLine_MakesItAnAffiliation()
    {
        var blocks = Classify("Л.Т. Исова", "Әл-Фараби атындағы Қазақ ұлттық университеті, Алматы, Қазақстан", "Тәуелсіздік алғаннан кейін Қазақстан көпвекторлы саясат ұстанды.");

        Assert.Equal([BlockKind.Author, BlockKind.Affiliation, BlockKind.Paragraph], blocks.Select(b => b.Kind));
    }

    [Fact]
    public void Classify_WhenAnAffiliationStandsAboveAnAbstract_MakesItAnAffiliation()
    {
        var blocks = Classify(
            "Бұл тұжырым Орталық Азиядағы ынтымақтастық тәжірибесінде айқын байқалады.",
            "Халықаралық қатынастар факультетінің магистранты, Астана, Қазақстан",
            "Аңдатпа. Мақалада Түркия мен Қазақстан арасындағы байланыстар талданады.");

        Assert.Equal([BlockKind.Paragraph, BlockKind.Affiliation, BlockKind.Abstract], blocks.Select(b => b.Kind));
    }

    [Fact]
    public void Classify_WhenASentenceInRunningTextMentionsAUniversity_LeavesItAParagraph()
    {
        var blocks = Classify(
            "Тәуелсіздік алғаннан кейін Қазақстан көпвекторлы сыртқы саясат ұстанды.",
            "Ол 1995 жылы әл-Фараби атындағы Қазақ ұлттық университетінің халықаралық қатынастар факультетін бітірген.",
            "Осы бағытта НАТО-мен әріптестік ерекше орын алады.");

        Assert.All(blocks, b => Assert.Equal(BlockKind.Paragraph, b.Kind));
    }

    [Fact]
    public void Classify_KeepsBoundariesAsTheyAre_AndKeepsTextAndLines()
    {
        var input = new[]
        {
            new TextBlock(BlockKind.Paragraph, "Қазақстан 1992 жылы кеңеске қосылды.", 1, 2),
            new TextBlock(BlockKind.Boundary, "", 3, 3),
            new TextBlock(BlockKind.Paragraph, "ОРТАЛЫҚ АЗИЯДАҒЫ ҚАУІПСІЗДІК", 4, 4),
        };

        var blocks = BlockClassifier.Classify(input);

        Assert.Equal([BlockKind.Paragraph, BlockKind.Boundary, BlockKind.Title], blocks.Select(b => b.Kind));
        Assert.Equal(input.Select(b => (b.Text, b.FirstLine, b.LastLine)), blocks.Select(b => (b.Text, b.FirstLine, b.LastLine)));
    }

    [Fact]
    public void Classify_ThroughTheCleaner_TellsEveryPartOfAJournalArticleHead()
    {
        var kinds = CleaningRun.Clean(SyntheticSources.JournalArticle).Blocks.Select(b => b.Kind).ToList();

        Assert.Equal(
            [
                BlockKind.Title, BlockKind.Author, BlockKind.Affiliation, BlockKind.Abstract, BlockKind.Keywords, BlockKind.Heading,
                BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.ListItem, BlockKind.ListItem, BlockKind.ListItem, BlockKind.Paragraph,
                BlockKind.Heading, BlockKind.Paragraph, BlockKind.ReferencesHeading, BlockKind.ListItem, BlockKind.ListItem,
            ],
            kinds);
    }

    [Theory]
    [InlineData("Аңдатпа. Мақалада саясат қарастырылады.", "Мақалада саясат қарастырылады.")]
    [InlineData("Аннотация: В статье рассматривается политика.", "В статье рассматривается политика.")]
    [InlineData("Түйін сөздер: Қазақстан, НАТО.", "Қазақстан, НАТО.")]
    [InlineData("Ключевые слова — Казахстан, НАТО", "Казахстан, НАТО")]
    [InlineData("Мақалада саясат қарастырылады.", "Мақалада саясат қарастырылады.")]
    public void WithoutLabel_StripsTheLabelOnly(string text, string expected)
    {
        Assert.Equal(expected, BlockClassifier.WithoutLabel(text));
    }

    private static List<TextBlock> Classify(params string[] texts) =>
        [.. BlockClassifier.Classify([.. texts.Select((t, i) => new TextBlock(BlockKind.Paragraph, t, i + 1, i + 1))])];
}
