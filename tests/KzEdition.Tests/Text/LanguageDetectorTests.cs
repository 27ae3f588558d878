using KzEdition.Text;

namespace KzEdition.Tests.Text;

public sealed class LanguageDetectorTests
{
    private const string Kazakh = "Қазақстан Республикасы тәуелсіздік алғаннан кейін сыртқы саясатта көпвекторлы бағытты ұстанып, әлемнің жетекші мемлекеттерімен және халықаралық ұйымдармен тең құқылы қарым-қатынас орнатуға ұмтылды.";

    private const string Russian = "После распада Советского Союза Республика Казахстан выбрала многовекторную внешнюю политику и установила равноправные отношения с ведущими государствами мира и международными организациями.";

    private const string English = "After independence, the Republic of Kazakhstan pursued a multi-vector foreign policy and sought equal relations with the leading states of the world and with international organisations.";

    [Fact]
    public void Detect_WhenTheParagraphIsKazakh_IsKk()
    {
        Assert.Equal("kk", LanguageDetector.Detect(Kazakh));
    }

    [Fact]
    public void Detect_WhenTheParagraphIsRussian_IsRu()
    {
        Assert.Equal("ru", LanguageDetector.Detect(Russian));
    }

    [Fact]
    public void Detect_WhenTheParagraphIsEnglish_IsEn()
    {
        Assert.Equal("en", LanguageDetector.Detect(English));
    }

    [Fact]
    public void Detect_WhenAKazakhParagraphHoldsLatinNamesAndRussianLoanWords_IsStillKk()
    {
        const string text = "НАТО (North Atlantic Treaty Organization, NATO) — әскери-саяси одақ, оның штаб-пәтері Брюссельде орналасқан, ал Организация по безопасности деген атау орыс тілінде жиі кездеседі.";

        Assert.Equal("kk", LanguageDetector.Detect(text));
    }

    [Fact]
    public void Detect_WhenARussianParagraphQuotesAKazakhName_IsStillRu()
    {
        const string text = "Как писала газета «Егемен Қазақстан», сотрудничество Казахстана с Североатлантическим альянсом в рамках программы «Партнерство во имя мира» развивалось постепенно и охватывало вопросы подготовки миротворческих подразделений.";

        Assert.Equal("ru", LanguageDetector.Detect(text));
    }

    [Fact]
    public void Detect_WhenAnEnglishParagraphCitesAKazakhTitle_IsStillEn()
    {
        const string text = "The monograph \"Қазақстан және НАТО\" (2010) describes the relations between Kazakhstan and the North Atlantic Treaty Organization in the first two decades of independence.";

        Assert.Equal("en", LanguageDetector.Detect(text));
    }

    [Theory]
    [InlineData("", "kk")]
    [InlineData("1992 – 2002", "kk")]
    [InlineData("[1, 18-19]", "ru")]
    [InlineData("— … !?", "en")]
    public void Detect_WhenThereAreNoLetters_GivesTheFallback(string text, string fallback)
    {
        Assert.Equal(fallback, LanguageDetector.Detect(text, fallback));
    }

    [Fact]
    public void Detect_WithoutAFallback_TakesKazakhForTextWithoutLetters()
    {
        Assert.Equal("kk", LanguageDetector.Detect("2455"));
    }
}
