using KzEdition.Cleaning;

namespace KzEdition.Tests.Cleaning;

public sealed class LineJoinerTests
{
    /// <summary>A corpus that writes бағдарламасындағы whole, and әлеуметтік, экономикалық, екі, жақты as words inside lines.</summary>
    private static readonly WordEvidence Corpus = WordEvidence.From(
    [
        "Үкімет бағдарламасындағы басымдықтар айқындалды.\n" +
        "Бұл әлеуметтік мәселе және экономикалық өсу туралы.\n" +
        "Ол екі елдің жақты көзқарасын білдірді.\n" +
        "Елдің қару-жарақ қоры азайды.",
    ]);

    [Fact]
    public void Join_WhenTheHyphenFollowsAnAcronym_KeepsIt()
    {
        var joined = LineJoiner.Join("Соның нәтижесінде НАТО-", "ның әскери құрылымы өзгерді.", WordEvidence.Empty, out var decision);

        Assert.Equal("Соның нәтижесінде НАТО-ның әскери құрылымы өзгерді.", joined);
        Assert.Equal(HyphenDecision.Kept, decision);
    }

    [Fact]
    public void Join_WhenTheHyphenFollowsANumber_KeepsIt()
    {
        var joined = LineJoiner.Join("1990-", "жылдары", WordEvidence.Empty, out var decision);

        Assert.Equal("1990-жылдары", joined);
        Assert.Equal(HyphenDecision.Kept, decision);
    }

    [Fact]
    public void Join_WhenTheCorpusSpellsTheWordWhole_JoinsTheHalves()
    {
        var joined = LineJoiner.Join("Мемлекеттік бағдарлама-", "сындағы өзгерістер", Corpus, out var decision);

        Assert.Equal("Мемлекеттік бағдарламасындағы өзгерістер", joined);
        Assert.Equal(HyphenDecision.Joined, decision);
    }

    [Fact]
    public void Join_WhenBothHalvesAreWordsOfTheCorpus_KeepsTheHyphen()
    {
        var joined = LineJoiner.Join("елдің әлеуметтік-", "экономикалық дамуы", Corpus, out var decision);

        Assert.Equal("елдің әлеуметтік-экономикалық дамуы", joined);
        Assert.Equal(HyphenDecision.Kept, decision);
    }

    [Fact]
    public void Join_WhenTheCorpusWritesTheHyphenatedWord_KeepsTheHyphen()
    {
        var joined = LineJoiner.Join("Елдің қару-", "жарақ қоры", Corpus, out var decision);

        Assert.Equal("Елдің қару-жарақ қоры", joined);
        Assert.Equal(HyphenDecision.Kept, decision);
    }

    [Fact]
    public void Join_WhenThereIsNoEvidence_JoinsTheHalvesAndSaysSo()
    {
        var joined = LineJoiner.Join("ынтымақтас-", "тықты дамыту", WordEvidence.Empty, out var decision);

        Assert.Equal("ынтымақтастықты дамыту", joined);
        Assert.Equal(HyphenDecision.JoinedWithoutEvidence, decision);
    }

    [Fact]
    public void Join_WhenTheNextLineStartsWithACapital_KeepsTheHyphen()
    {
        var joined = LineJoiner.Join("НАТО-", "Қазақстан қатынастары", WordEvidence.Empty, out var decision);

        Assert.Equal("НАТО-Қазақстан қатынастары", joined);
        Assert.Equal(HyphenDecision.Kept, decision);
    }

    [Theory]
    [InlineData("халықаралық қатынастар жүйесіне ", " көптеген өзгерістер", "халықаралық қатынастар жүйесіне көптеген өзгерістер")]
    [InlineData("бірінші жол", "екінші жол", "бірінші жол екінші жол")]
    [InlineData("сөз бен іс —", "бір", "сөз бен іс — бір")]
    [InlineData("сөз бен іс -", "бір", "сөз бен іс - бір")]
    [InlineData("«Бейбітшілік жолындағы әріптестік»", "бағдарламасы", "«Бейбітшілік жолындағы әріптестік» бағдарламасы")]
    public void Join_WhenTheBreakHidesNoHyphen_PutsOneSpace(string left, string right, string expected)
    {
        var joined = LineJoiner.Join(left, right, Corpus, out var decision);

        Assert.Equal(expected, joined);
        Assert.Equal(HyphenDecision.None, decision);
    }

    [Fact]
    public void Join_WhenOneSideIsBlank_ReturnsTheOtherTrimmed()
    {
        Assert.Equal("Абай", LineJoiner.Join("   ", " Абай ", Corpus, out var first));
        Assert.Equal("Абай", LineJoiner.Join("  Абай  ", "  ", Corpus, out var second));
        Assert.Equal((HyphenDecision.None, HyphenDecision.None), (first, second));
    }

    [Fact]
    public void Join_WhenTheLineEndsWithAUnicodeHyphen_TreatsItAsAHyphen()
    {
        var joined = LineJoiner.Join("бағдарлама\u2010", "сындағы", Corpus, out var decision);

        Assert.Equal("бағдарламасындағы", joined);
        Assert.Equal(HyphenDecision.Joined, decision);
    }

    [Theory]
    [InlineData("НАТО", "ның", HyphenDecision.Kept)]
    [InlineData("КСРО", "ға", HyphenDecision.Kept)]
    [InlineData("1990", "жылдары", HyphenDecision.Kept)]
    [InlineData("бағдарлама", "сындағы", HyphenDecision.Joined)]
    [InlineData("әлеуметтік", "экономикалық", HyphenDecision.Kept)]
    [InlineData("қару", "жарақ", HyphenDecision.Kept)]
    [InlineData("Әлеуметтік", "экономикалық", HyphenDecision.Kept)]
    [InlineData("ынтымақ", "тастық", HyphenDecision.JoinedWithoutEvidence)]
    [InlineData("солтүстік", "Атлантика", HyphenDecision.Kept)]
    [InlineData("", "сындағы", HyphenDecision.Kept)]
    [InlineData("бағдарлама", "", HyphenDecision.Kept)]
    public void Decide_WeighsTheEvidence(string head, string tail, HyphenDecision expected)
    {
        Assert.Equal(expected, LineJoiner.Decide(head, tail, Corpus));
    }

    [Fact]
    public void Decide_WithNoEvidence_JoinsAnOrdinaryWordWithoutEvidence()
    {
        Assert.Equal(HyphenDecision.JoinedWithoutEvidence, LineJoiner.Decide("бағдарлама", "сындағы", WordEvidence.Empty));
        Assert.Equal(HyphenDecision.JoinedWithoutEvidence, LineJoiner.Decide("әлеуметтік", "экономикалық", WordEvidence.Empty));
    }

    [Fact]
    public void RepairInlineBreaks_WhenBothHalvesAreWords_KeepsTheHyphenAndDropsTheSpace()
    {
        var reports = new List<(string, HyphenDecision)>();

        var repaired = LineJoiner.RepairInlineBreaks("Бұл екі- жақты қатынас.", Corpus, (what, decision) => reports.Add((what, decision)));

        Assert.Equal("Бұл екі-жақты қатынас.", repaired);
        Assert.Equal([("екі- жақты", HyphenDecision.Kept)], reports);
    }

    [Fact]
    public void RepairInlineBreaks_WhenTheCorpusSpellsTheWordWhole_JoinsIt()
    {
        var evidence = WordEvidence.From(["Бұл екіжақты келісім маңызды."]);

        Assert.Equal("Бұл екіжақты қатынас.", LineJoiner.RepairInlineBreaks("Бұл екі- жақты қатынас.", evidence));
    }

    [Fact]
    public void RepairInlineBreaks_WithNoEvidence_JoinsItAndReportsThatThereWasNone()
    {
        var reports = new List<(string, HyphenDecision)>();

        var repaired = LineJoiner.RepairInlineBreaks("Бұл екі- жақты қатынас.", WordEvidence.Empty, (what, decision) => reports.Add((what, decision)));

        Assert.Equal("Бұл екіжақты қатынас.", repaired);
        Assert.Equal([("екі- жақты", HyphenDecision.JoinedWithoutEvidence)], reports);
    }

    [Theory]
    [InlineData("НАТО- ның рөлі", "НАТО-ның рөлі")]
    [InlineData("бағдарлама-\u00A0сындағы", "бағдарламасындағы")]
    [InlineData("сөз - іс", "сөз - іс")]
    [InlineData("Қазақстан- Ресей", "Қазақстан- Ресей")]
    [InlineData("1990- жылдары", "1990- жылдары")]
    [InlineData("қарым-қатынас", "қарым-қатынас")]
    [InlineData("Әлеуметтік-экономикалық", "Әлеуметтік-экономикалық")]
    public void RepairInlineBreaks_TouchesOnlyAHyphenThenASpaceThenALowerCaseWord(string text, string expected)
    {
        Assert.Equal(expected, LineJoiner.RepairInlineBreaks(text, Corpus));
    }

    /// <summary>A pair written once, known by its halves' other pairs; a tail that is only endings, a split; the pair's own spelling first, though its tail reads as endings too (қа·тер·лер·ге).</summary>
    [Theory]
    [InlineData("болашақ сын-", "қатерлерге жауап", "болашақ сын-қатерлерге жауап", HyphenDecision.Kept)]
    [InlineData("өңірлік сын-", "қатерлердің бәрі", "өңірлік сын-қатерлердің бәрі", HyphenDecision.Kept)]
    [InlineData("бұл аймақ-", "тағы жағдай", "бұл аймақтағы жағдай", HyphenDecision.JoinedWithoutEvidence)]
    [InlineData("ынтымақ-", "тастық дамыды", "ынтымақтастық дамыды", HyphenDecision.JoinedWithoutEvidence)]
    public void Join_DecidesAHyphenByTheCorpusPairsAndByEndings(string left, string right, string expected, HyphenDecision decision)
    {
        var corpus = WordEvidence.From(["Күрделі сын-қауіптердің кешені және қауіп-қатерлердің түрлері туралы баяндама жасалды."]);

        var joined = LineJoiner.Join(left, right, corpus, out var actual);

        Assert.Equal((expected, decision), (joined, actual));
    }
}
