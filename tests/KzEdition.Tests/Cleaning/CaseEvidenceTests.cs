using KzEdition.Cleaning;

namespace KzEdition.Tests.Cleaning;

public sealed class CaseEvidenceTests
{
    private static readonly CaseEvidence Corpus = CaseEvidence.From(
    [
        """
        Тәуелсіздік алғаннан кейін Қазақстан көпвекторлы сыртқы саясат ұстанды.
        Осы бағытта Қазақстан мен НАТО арасындағы әріптестік ерекше орын алады, ал НАТО-ның бағдарламалары кеңейді.
        Бүгінде Қазақстан Түркиямен және Ресеймен тығыз ынтымақтасады, ал Түркия Қазақстан-Түркия кеңесін құрды.
        Бағдарлама «Бейбітшілік үшін әріптестік» деп аталады және оған Қазақстан 1994 жылы қосылды.
        Бұл идеяны И. Валлерстайн дамытты, ал мемлекеттердің ынтымақтастығы туралы С. Хантингтон жазды.
        ҚАЗАҚСТАННЫҢ ЖАҢА БАҒЫТТАРЫ
        """,
        "Мемлекеттер қауіпсіздік пен ынтымақтастық мәселелерін бірлесіп шешеді, ал қауіпсіздік ортақ мүдде.",
    ]);

    [Fact]
    public void NormalCase_KeepsAnAcronymTheCorpusWritesInCapitals()
    {
        Assert.Equal("Қазақстан мен НАТО арасындағы ынтымақтастық", Corpus.NormalCase("ҚАЗАҚСТАН МЕН НАТО АРАСЫНДАҒЫ ЫНТЫМАҚТАСТЫҚ"));
    }

    [Fact]
    public void NormalCase_KeepsANameTheCorpusCapitalisedCapitalised()
    {
        Assert.Equal("Әріптестік және Қазақстан", Corpus.NormalCase("ӘРІПТЕСТІК ЖӘНЕ ҚАЗАҚСТАН"));
    }

    [Fact]
    public void NormalCase_CapitalisesAnInflectedFormOfANameByItsStem()
    {
        // "Қазақстанның" never stands in running text here; "Қазақстан", always capitalised, does.
        var evidence = CaseEvidence.From(["Бүгінде Қазақстан және Орталық Азия елдері ынтымақтасады."]);

        Assert.Equal("Сыртқы саясаттағы Қазақстанның рөлі", evidence.NormalCase("СЫРТҚЫ САЯСАТТАҒЫ ҚАЗАҚСТАННЫҢ РӨЛІ"));
    }

    [Fact]
    public void NormalCase_SetsOrdinaryWordsInLowerCase()
    {
        Assert.Equal("Мемлекеттер арасындағы қауіпсіздік", Corpus.NormalCase("МЕМЛЕКЕТТЕР АРАСЫНДАҒЫ ҚАУІПСІЗДІК"));
    }

    [Fact]
    public void NormalCase_WhenAWordIsCapitalisedOnlyAfterAQuote_SetsItInLowerCase()
    {
        // «Бейбітшілік …»: the first word of a quotation is capitalised whatever it is.
        Assert.Equal("Әріптестік және бейбітшілік", Corpus.NormalCase("ӘРІПТЕСТІК ЖӘНЕ БЕЙБІТШІЛІК"));
    }

    [Fact]
    public void NormalCase_WhenAWordIsCapitalisedOnlyAsAnInitial_SetsItInLowerCase()
    {
        // "И. Валлерстайн": the initial И says nothing of the word "и".
        Assert.Equal("Война и мир", Corpus.NormalCase("ВОЙНА И МИР"));
    }

    [Fact]
    public void NormalCase_WhenAWordIsCapitalisedOnlyAtTheStartOfASentence_SetsItInLowerCase()
    {
        Assert.Equal("Ұйым және бүгінде", Corpus.NormalCase("ҰЙЫМ ЖӘНЕ БҮГІНДЕ"));
    }

    [Fact]
    public void NormalCase_WhenAWordStandsOnlyInALineOfCapitals_TakesNoEvidenceFromIt()
    {
        Assert.Equal("Жаңа бағыттары", Corpus.NormalCase("ЖАҢА БАҒЫТТАРЫ"));
    }

    [Theory]
    [InlineData("РК СЫРТҚЫ САЯСАТЫ", "РК сыртқы саясаты")]
    [InlineData("ҚР МЕН ТМД", "ҚР мен ТМД")]
    [InlineData("САЯСАТ ЖӘНЕ СНГ", "Саясат және СНГ")]
    public void NormalCase_KeepsAWordWithoutVowelsInCapitals(string capitals, string expected)
    {
        Assert.Equal(expected, Corpus.NormalCase(capitals));
    }

    [Fact]
    public void NormalCase_CapitalisesTheFirstWordWhateverItIs()
    {
        Assert.Equal("Арасындағы ынтымақтастық", Corpus.NormalCase("АРАСЫНДАҒЫ ЫНТЫМАҚТАСТЫҚ"));
        Assert.Equal("НАТО және Қазақстан", Corpus.NormalCase("НАТО ЖӘНЕ ҚАЗАҚСТАН"));
    }

    [Fact]
    public void NormalCase_CasesEachPartOfAHyphenatedWordOnItsOwn()
    {
        Assert.Equal("Қазақстан мен НАТО-ның әскери-саяси ынтымақтастығы", Corpus.NormalCase("ҚАЗАҚСТАН МЕН НАТО-НЫҢ ӘСКЕРИ-САЯСИ ЫНТЫМАҚТАСТЫҒЫ"));
        Assert.Equal("Қазақстан-Түркия қатынастары", Corpus.NormalCase("ҚАЗАҚСТАН-ТҮРКИЯ ҚАТЫНАСТАРЫ"));
        Assert.Equal("Әскери-саяси одақ", Corpus.NormalCase("ӘСКЕРИ-САЯСИ ОДАҚ"));
    }

    [Fact]
    public void NormalCase_KeepsPunctuationAndDropsAFinalFullStop()
    {
        Assert.Equal("Қазақстан және Түркия: 1991–2021 жылдар", Corpus.NormalCase("ҚАЗАҚСТАН ЖӘНЕ ТҮРКИЯ: 1991–2021 ЖЫЛДАР."));
    }

    [Fact]
    public void NormalCase_WithNoEvidenceAtAll_SetsEverythingButTheFirstLetterInLowerCase()
    {
        Assert.Equal("Орталық азиядағы энергетикалық қауіпсіздік", CaseEvidence.From(Array.Empty<string>()).NormalCase("ОРТАЛЫҚ АЗИЯДАҒЫ ЭНЕРГЕТИКАЛЫҚ ҚАУІПСІЗДІК"));
    }

    [Fact]
    public void NormalCase_OfTheRealCorpus_SetsTheTitleOfSource002AsItReads()
    {
        var title = RealCorpus.Clean("002_c7ff2cc66a30f6af.txt").Blocks.First(b => b.Kind == BlockKind.Title).Text;

        Assert.Equal("ҚАЗАҚСТАН-НАТО ЫНТЫМАҚТАСТЫҒЫНЫҢ ӘСКЕРИ-САЯСИ АСПЕКТІЛЕРІ", title);
        Assert.Equal("Қазақстан-НАТО ынтымақтастығының әскери-саяси аспектілері", RealCorpus.CaseEvidence.NormalCase(title));
    }

    [Fact]
    public void InsideSentences_CountsOnlyWhereTheWordStandsInsideASentence_AndAnObservedCountIsCheckedAgainstNewEvidence()
    {
        // "қауіпсіздік" stands twice inside a sentence, in lower case; "Мемлекеттер" only opens one, which is no evidence.
        Assert.Equal(new CaseCount("қауіпсіздік", 0, 0, 2), Corpus.InsideSentences("қауіпсіздік"));
        Assert.Equal(0, Corpus.InsideSentences("мемлекеттер").Lower + Corpus.InsideSentences("мемлекеттер").Capitalised);

        var log = new KzEdition.Engine.Memo.ObservationLog();
        var observed = (CaseEvidence)Corpus.ObservedBy(log);
        _ = observed.InsideSentences("қауіпсіздік");
        Assert.True(Corpus.Answers(log));
        Assert.False(Corpus.Update([], [SourceVocabulary.Of("Бұл жерде қауіпсіздік бар.")]).Answers(log));
        Assert.True(Corpus.Update([], [SourceVocabulary.Of("Бұл жерде басқа сөз бар.")]).Answers(log));
    }
}
