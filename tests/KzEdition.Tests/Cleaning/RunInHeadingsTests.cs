using KzEdition.Cleaning;
using KzEdition.Engine;

namespace KzEdition.Tests.Cleaning;

/// <summary>
/// Headings run into a web page flattened to one line (issue 14, item 5): set apart where the word
/// after a short phrase is capitalised only because a sentence starts with it, and nowhere else.
/// </summary>
public sealed class RunInHeadingsTests
{
    /// <summary>Sentences with no capital after their first word, to make a line long enough to be read as a flattened page.</summary>
    private static readonly string Filler = string.Concat(Enumerable.Repeat(" Бұл мәселе жыл сайын талқыланып, шешімдер қабылданады.", 45));

    private static CleanedSource Clean(string text)
    {
        var source = CleaningRun.Read(text + Filler);
        var cleaned = SourceCleaner.Clean(source, WordEvidence.From([source.Text]), CaseEvidence.From([source.Text]));
        Assert.Equal(SourceLayout.SingleLongLine, cleaned.Layout);
        return cleaned;
    }

    private static string[] Headings(CleanedSource cleaned) =>
        [.. cleaned.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => b.Text)];

    [Fact]
    public void Recover_SetsApartAPhraseBeforeAWordTheCorpusWritesInLowerCase_BetweenTwoParagraphs()
    {
        var cleaned = Clean(
            "Одақ 1949 жылы құрылды. Оның мүшелері ұжымдық қорғанысқа міндеттенді. Ұйымның құрылымы Басқарудың жоғарғы органы кеңес болып табылады. " +
            "Елшілер апта сайын жиналады, ал басқарудың күнделікті ісін хатшылық атқарады. Мемлекеттер басқарудың ортақ ережелерін қабылдады.");

        Assert.Equal(
            [BlockKind.Paragraph, BlockKind.Heading, BlockKind.Paragraph],
            cleaned.Blocks.Select(b => b.Kind));
        Assert.Equal("Одақ 1949 жылы құрылды. Оның мүшелері ұжымдық қорғанысқа міндеттенді.", cleaned.Blocks[0].Text);
        Assert.Equal("Ұйымның құрылымы", cleaned.Blocks[1].Text);
        Assert.StartsWith("Басқарудың жоғарғы органы кеңес", cleaned.Blocks[2].Text, StringComparison.Ordinal);
        var decision = Assert.Single(cleaned.Decisions, d => d.Message.StartsWith("section heading", StringComparison.Ordinal));
        Assert.Equal(Severity.Info, decision.Severity);
        Assert.Contains("«Ұйымның құрылымы», before «Басқарудың», which the corpus writes in lower case inside sentences (2 times) and never capitalised", decision.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Recover_OnASingleWitnessOfTheLowerCase_SetsTheHeadingApart_AndFlagsItForChecking()
    {
        var cleaned = Clean(
            "Одақ 1949 жылы құрылды. Тарихы Кейінірек оған басқа мемлекеттер де кірді. Олар кейінірек бірлескен жоспар қабылдады.");

        Assert.Equal(["Тарихы"], Headings(cleaned));
        var decision = Assert.Single(cleaned.Decisions, d => d.Message.StartsWith("section heading", StringComparison.Ordinal));
        Assert.Equal(Severity.Warning, decision.Severity);
        Assert.EndsWith("; check it", decision.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Recover_SetsApartEveryHeadingOfTheLine()
    {
        var cleaned = Clean(
            "Одақ 1949 жылы құрылды. Тарихы Кейінірек оған басқа мемлекеттер де кірді. Олар кейінірек жоспар қабылдады, ал кейінірек оны өзгертті. " +
            "Басқару Мүше елдер кеңесте бірге шешім қабылдайды. Кеңесте мүше елдер тең дауыс береді.");

        Assert.Equal(["Тарихы", "Басқару"], Headings(cleaned));
        Assert.Equal(5, cleaned.Blocks.Length);
    }

    [Theory]
    [InlineData("Келісімге он екі ел қол қойды. Кейінірек Қазақстан бағдарламаға қосылды. Бұл елдің сыртқы саясатында Қазақстан басты рөл атқарады.", "capitalises «Қазақстан» inside sentences elsewhere")] // a name mid-sentence
    [InlineData("Одақ құрылды. ЕАӘК Қазақстанға сұхбатқа мүмкіндік береді. Сапарлар Қазақстанға жиі болды.", "capitalises «Қазақстанға» inside sentences elsewhere")] // an acronym, the sentence's subject
    [InlineData("Одақ құрылды. Қауіпсіздік форумы Саммиттен кейінгі ең үлкен іс-шара болды.", "writes «Саммиттен» nowhere else inside a sentence")] // no evidence, no break
    [InlineData("Одақ құрылды. Мүше елдердің Басқару органы жиналды. Олардың басқару тәртібі бекітілді, басқару ортақ.", "«елдердің» needs a word after it")] // a genitive binds to what follows
    public void Recover_InventsNoHeading_WhereTheCapitalMaySayNoSentenceStarts(string text, string reason)
    {
        var cleaned = Clean(text);

        Assert.Empty(Headings(cleaned));
        Assert.Single(cleaned.Blocks);
        Assert.Contains(cleaned.Decisions, d => d.Message.StartsWith("no heading at", StringComparison.Ordinal) && d.Message.Contains(reason, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Одақ құрылды. Сонымен, Басқару органы жиналды. Олардың басқару тәртібі бекітілді, басқару ортақ.")] // a comma ties the phrase to its sentence
    [InlineData("Одақ құрылды. Басқару Басқаша айтқанда.")] // too short a sentence after it
    [InlineData("Одақ құрылды. Тиісті шешімді ҚР Парламенті мақұлдап, Басқару ісін бекітті. Олардың басқару тәртібі, басқару ортақ.")] // an acronym's capital is no sentence's
    [InlineData("Одақ құрылды. Сапарды Г.Альтенбург басқарып, Басқару ісін жүргізді. Олардың басқару тәртібі, басқару ортақ.")] // nor is an initial's
    [InlineData("Одақ құрылды. Сапарды Г. Альтенбург басқарып, Басқару ісін жүргізді. Олардың басқару тәртібі, басқару ортақ.")]
    [InlineData("Одақ құрылды. Высказывание С басқару ісін жүргізді. Он работал с коллегами, с друзьями и с партнёрами.")] // nor a single letter's, though «с» is written in lower case everywhere else
    [InlineData("Одақ құрылды. Бірінші келісім «Басқару ісі» деп аталады. Олардың басқару тәртібі, басқару ортақ.")] // nor is a quotation's
    [InlineData("Одақ құрылды. Бұл одақтың мақсаты ұжымдық қорғаныс болып табылады және ол жиырма жыл бойы өзгерген жоқ Басқару органы жиналды.")] // no capital within six words
    public void Candidates_SkipsPhrasesThatAreNoHeadingsByTheirForm(string text)
    {
        var cleaned = Clean(text);

        Assert.Empty(Headings(cleaned));
        Assert.DoesNotContain(cleaned.Decisions, d => d.Message.Contains("Басқару", StringComparison.Ordinal));
    }

    [Fact]
    public void Recover_SetsApartASectionHeadingAsJournalsPrintThem_WhateverFollows()
    {
        var cleaned = Clean("Одақ 1949 жылы құрылды. Кіріспе Қазақстан бұл одақпен 1992 жылдан бері ынтымақтасады.");

        Assert.Equal(["Кіріспе"], Headings(cleaned));
        Assert.Contains(cleaned.Decisions, d => d.Message == "section heading run into the text: «Кіріспе», a section heading as journals print them, whatever follows");
    }

    [Fact]
    public void Clean_WithoutCaseEvidence_LooksForNoHeadings()
    {
        var source = CleaningRun.Read(
            "Одақ құрылды. Ұйымның құрылымы Басқарудың жоғарғы органы кеңес болып табылады. Елшілер басқарудың ісін атқарады, басқарудың ережелері бар." + Filler);

        Assert.Single(SourceCleaner.Clean(source, WordEvidence.From([source.Text])).Blocks);
    }

    /// <summary>
    /// 003 runs its sections together, but what look like headings (ЕАӘК, Қауіпсіздік форумы,
    /// ӘІЖЖ-нің қабылдануы) are the subjects of the sentences they open: a name follows each, or a
    /// word written nowhere else. The cleaner breaks nowhere there, and says why.
    /// </summary>
    [Fact]
    public void Recover_On003_FindsNoHeading_AndReportsWhyAtEachPhraseThatLooksLikeOne()
    {
        var cleaned = SourceCleaner.Clean(RealCorpus.Source("003_04187059a944d1b6.txt"), RealCorpus.WordEvidence, RealCorpus.CaseEvidence);

        Assert.Empty(Headings(cleaned));
        Assert.Single(cleaned.Blocks);
        string[] expected =
        [
            "no heading at «ЕАӘК Қазақстанға»: the corpus capitalises «Қазақстанға» inside sentences elsewhere",
            "no heading at «Қауіпсіздік форумы Саммиттен»: the corpus writes «Саммиттен» nowhere else inside a sentence",
            "no heading at «ӘІЖЖ-нің қабылдануы Қазақстанның»: the corpus capitalises «Қазақстанның» inside sentences elsewhere",
        ];
        foreach (var reason in expected)
        {
            Assert.Contains(cleaned.Decisions, d => d.Message.StartsWith(reason, StringComparison.Ordinal));
        }
    }
}
