using KzEdition.Cleaning;

namespace KzEdition.Tests.Cleaning;

public sealed class LayoutDetectorTests
{
    [Fact]
    public void Detect_WhenEachLineIsASentenceAndDoubleStopsMarkParagraphs_IsSentencePerLine()
    {
        string[] lines =
        [
            "Қазақстан 1992 жылы Солтүстік Атлантикалық ынтымақтастық кеңесіне кірді.",
            "Бұл екіжақты қатынастардың бастауы болды..1994 жылы ел «Бейбітшілік жолындағы әріптестік» бағдарламасына қосылды.",
            "Бағдарлама аясында офицерлер шетелде оқыды.",
            "Ынтымақтастық жаңа деңгейге көтерілді..«Қазбат» батальоны құрылды.",
            "Батальон халықаралық жаттығуларға қатысты.",
        ];

        Assert.Equal(SourceLayout.SentencePerLine, LayoutDetector.Detect(lines));
    }

    [Fact]
    public void Detect_WhenLinesMostlyStopInTheMiddleOfASentence_IsHardWrapped()
    {
        string[] lines =
        [
            "Биполярлы әлемдік тәртіптің жойылуы халықаралық қатынастар жүйесіне ",
            "көптеген позитивті өзгерістер әкелумен қатар, жаңа қауіп-қатерлердің ",
            "пайда болуына да жол берді. Әлемдік деңгейдегі екі қуатты мемлекеттің ",
            "қауіпсіздігі контекстінде қарастырылып келген ғаламдық тәртіп жүйесі ",
            "көптеген өзгерістерге ұшырады.",
            "Соңғы жылдар аралығында НАТО қызметінде түбегейлі өзгерістер орын ",
            "алып, әскери күш-жігерді жан-жақты қайта құру жүзеге асырылды.",
        ];

        Assert.Equal(SourceLayout.HardWrapped, LayoutDetector.Detect(lines));
    }

    [Fact]
    public void Detect_WhenHardWrappedLinesHaveABlankLineBetweenThem_IsStillHardWrapped()
    {
        string[] lines =
        [
            "", "Түркия арасындағы қарым-қатынастар тек саяси астарға ғана негізделмегенін, елдер ",
            "", "арасындағы таза мәдени байланыстардың құндылығы да ерекше екендігін көруге болады. ",
            "", "Екіжақты ынтымақтастықтың болашағынан зор үміт күтуге болады. Түркияның сыртқы ",
            "", "саясатының негізі мен қайнар көзі «Елдегі бейбітшілік, жаһандық бейбітшілік» қағидаты ",
            "", "болу керектігін Ататүріктің өзі өсиет етіп кеткендігін білеміз.",
            "",
        ];

        Assert.Equal(SourceLayout.HardWrapped, LayoutDetector.Detect(lines));
    }

    [Fact]
    public void Detect_WhenEachLineIsAWholeParagraph_IsParagraphPerLine()
    {
        string[] lines =
        [
            "Қазақстан Республикасы тәуелсіздік алғаннан кейін көпвекторлы сыртқы саясат ұстанды. Ел әлемнің жетекші мемлекеттерімен тең құқылы қатынас орнатты.",
            "",
            "Осы бағыттағы маңызды қадамдардың бірі НАТО-мен ынтымақтастық болды. 1994 жылы Қазақстан «Бейбітшілік жолындағы әріптестік» бағдарламасына қосылды.",
            "",
            "Сарапшылар бұл ұстанымды теңгерімді саясат деп бағалайды.",
        ];

        Assert.Equal(SourceLayout.ParagraphPerLine, LayoutDetector.Detect(lines));
    }

    [Fact]
    public void Detect_WhenAllTheTextIsOnOneVeryLongLine_IsSingleLongLine()
    {
        var sentence = "Солтүстік атлантикалық келісім ұйымы 1949 жылы 4 сәуірде құрылған әскери-саяси одақ. ";
        var line = string.Concat(Enumerable.Repeat(sentence, 3000 / sentence.Length + 1))[..3000];

        Assert.Equal(SourceLayout.SingleLongLine, LayoutDetector.Detect([line]));
        Assert.Equal(SourceLayout.SingleLongLine, LayoutDetector.Detect(["", line, ""]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4)]
    public void Detect_WhenThereIsNoText_IsEmpty(int blankLines)
    {
        var lines = Enumerable.Repeat(" \t ", blankLines).ToArray();

        Assert.Equal(SourceLayout.Empty, LayoutDetector.Detect(lines));
    }

    [Theory]
    [InlineData("Бұл сөйлем аяқталды.", true)]
    [InlineData("Не болды?", true)]
    [InlineData("Ол былай деді:", true)]
    [InlineData("«Бейбітшілік жолындағы әріптестік»", true)]
    [InlineData("Бұл сөйлем аяқталды.   ", true)]
    [InlineData("халықаралық қатынастар жүйесіне ", false)]
    [InlineData("әлеуметтік-", false)]
    [InlineData("", false)]
    public void EndsSentence_TellsAFinishedSentenceFromABrokenOne(string line, bool expected)
    {
        Assert.Equal(expected, LayoutDetector.EndsSentence(line));
    }

    [Theory]
    [InlineData("табылады..Соңғы жылдары", 1)]
    [InlineData("қаралды [1]..1992 жылы", 1)]
    [InlineData("енді..«Қазбат» батальоны", 1)]
    [InlineData("т.б. мемлекеттер", 0)]
    [InlineData("деді... Бірақ", 0)]
    [InlineData("1.5 млн", 0)]
    public void ParagraphMark_MatchesDoubleStopsDirectlyBeforeTheNextParagraph(string text, int expected)
    {
        Assert.Equal(expected, LayoutDetector.ParagraphMark().Count(text));
    }

    /// <summary>Web copy whose paragraphs do not end with a full stop (a quotation, a colon before a list) is still one paragraph a line: no page is 700 characters wide.</summary>
    [Fact]
    public void Detect_WhenLinesAreLongerThanAnyPage_IsParagraphPerLine_WhateverTheyEndWith()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("Қазақстан мен НАТО арасындағы ынтымақтастық жаңа деңгейге көтерілді, бағдарламалар кеңейді", 8));
        string[] lines = [paragraph + ",", "", paragraph + ":", "", paragraph + " (2009)", "", paragraph + "."];

        Assert.Equal(SourceLayout.ParagraphPerLine, LayoutDetector.Detect(lines));
    }
}
