using KzEdition.Cleaning;

namespace KzEdition.Tests.Cleaning;

public sealed class ArticleSegmenterTests
{
    private const string ThreeTexts = """
        Бірінші мәтін Қазақстанның сыртқы саясатының бастауларын қарастырады.
        Ол екі абзацтан тұрады..Бұл бірінші мәтіннің екінші абзацы.
        ----------
        Екінші мәтін Түркиямен ынтымақтастық туралы баяндайды.
        Ол да екі абзацтан тұрады..Бұл екінші мәтіннің соңғы абзацы.
        ----------
        Үшінші мәтін Шанхай ынтымақтастық ұйымына арналған.
        Ол қысқа ғана..Бұл үшінші мәтіннің соңы.
        """;

    [Fact]
    public void Segment_WhenASeparatorLineStandsBetweenTwoTexts_StartsANewArticleAfterIt()
    {
        var segments = CleaningRun.Segments(SyntheticSources.Separated);

        Assert.Equal(2, segments.Length);
        Assert.Equal((1, 3, "start of the source"), (segments[0].FirstLine, segments[0].LastLine, segments[0].Reason));
        Assert.Equal((5, 7, "separator line (line 4)"), (segments[1].FirstLine, segments[1].LastLine, segments[1].Reason));
        Assert.DoesNotContain(segments.SelectMany(s => s.Blocks), b => b.Kind == BlockKind.Boundary);
    }

    [Fact]
    public void Segment_WhenASeparatorLineOpensTheSource_MakesNoEmptyArticle()
    {
        var segments = CleaningRun.Segments("__________\n" + SyntheticSources.Separated);

        Assert.Equal(2, segments.Length);
        Assert.Equal([1, 2], segments.Select(s => s.Ordinal));
        Assert.Equal(2, segments[0].FirstLine);
    }

    [Fact]
    public void Segment_WhenATitleInCapitalsFollowsRunningText_StartsANewArticleAtTheTitle()
    {
        var segments = CleaningRun.Segments(SyntheticSources.TitleAfterText);

        Assert.Equal(2, segments.Length);
        Assert.Equal(3, segments[0].LastLine);
        Assert.Equal(4, segments[1].FirstLine);
        Assert.Equal(BlockKind.Title, segments[1].Blocks[0].Kind);
        Assert.Equal("title in capitals (line 4)", segments[1].Reason);
    }

    [Fact]
    public void Segment_WhenAnAuthorLineStandsAboveTheTitle_MovesItWithTheTitleIntoTheNewArticle()
    {
        var segments = CleaningRun.Segments(SyntheticSources.AuthorAndTitle);

        Assert.Equal(2, segments.Length);
        Assert.Equal([BlockKind.Paragraph], segments[0].Blocks.Select(b => b.Kind));
        Assert.Equal([BlockKind.Author, BlockKind.Title, BlockKind.Paragraph], segments[1].Blocks.Select(b => b.Kind));
        Assert.Equal(4, segments[1].FirstLine);
        Assert.Equal($"title in capitals (line {segments[1].Blocks[1].FirstLine}) with the author line above it", segments[1].Reason);
    }

    [Fact]
    public void Segment_WhenAnAbstractFollowsRunningText_StartsANewArticleAtIt_AndKeepsTheKeywordsWithIt()
    {
        var segments = CleaningRun.Segments(SyntheticSources.AbstractAfterText);

        Assert.Equal(2, segments.Length);
        Assert.Equal((1, 4), (segments[0].FirstLine, segments[0].LastLine));
        Assert.Equal("abstract after running text (line 5)", segments[1].Reason);
        Assert.Equal([BlockKind.Abstract, BlockKind.Keywords, BlockKind.Paragraph], segments[1].Blocks.Select(b => b.Kind));
    }

    [Fact]
    public void Segment_WhenAnAffiliationFollowsRunningText_StartsANewArticleAtIt()
    {
        var segments = CleaningRun.Segments(SyntheticSources.AffiliationAfterText);

        Assert.Equal(2, segments.Length);
        Assert.Equal("affiliation after running text (line 5)", segments[1].Reason);
        Assert.Equal([BlockKind.Affiliation, BlockKind.Abstract, BlockKind.Paragraph], segments[1].Blocks.Select(b => b.Kind));
    }

    [Fact]
    public void Segment_WhenTheHeadOpensTheSource_KeepsItWithTheBodyInOneArticle()
    {
        var segment = Assert.Single(CleaningRun.Segments(SyntheticSources.JournalArticle));

        Assert.Equal("start of the source", segment.Reason);
        Assert.Equal((1, 23), (segment.FirstLine, segment.LastLine));
    }

    [Fact]
    public void Segment_WhenAHeadingFollowsAReferenceList_StartsANewArticleAtIt()
    {
        var segments = CleaningRun.Segments(SyntheticSources.ReferencesThenHeading);

        Assert.Equal(2, segments.Length);
        Assert.Equal(BlockKind.ListItem, segments[0].Blocks[^1].Kind);
        Assert.Equal(6, segments[0].LastLine);
        Assert.Equal(7, segments[1].FirstLine);
        Assert.Equal("end of the reference list (line 7)", segments[1].Reason);
    }

    [Fact]
    public void Segment_WhenRunningTextFollowsAReferenceList_StartsANewArticleAtIt()
    {
        var segments = CleaningRun.Segments(SyntheticSources.ReferencesThenText);

        Assert.Equal(2, segments.Length);
        Assert.Equal(6, segments[0].LastLine);
        Assert.Equal("running text after the reference list (line 7)", segments[1].Reason);
    }

    [Fact]
    public void Segment_WhenReferenceEntriesAreParagraphs_KeepsThemInTheArticle()
    {
        var source = CleaningRun.SegmentOf(
            SourceLayout.HardWrapped,
            Block(BlockKind.Paragraph, "Қорыта айтқанда, ынтымақтастық өңірлік қауіпсіздікті нығайтуға үлес қосады.", 1),
            Block(BlockKind.ReferencesHeading, "Әдебиеттер", 2),
            Block(BlockKind.Paragraph, "Назарбаев Н.Ә. Қазақстан жолы. – Астана: Елорда, 2007. – 372 б.", 3),
            Block(BlockKind.Paragraph, "[2] Токаев К.К. Под стягом независимости. – Алматы: Білім, 1997.", 4)).Source;

        var segment = Assert.Single(ArticleSegmenter.Segment(source));

        Assert.Equal(4, segment.LastLine);
    }

    [Fact]
    public void Segment_WhenAKazakhParagraphIsFollowedByALongRussianOne_StartsANewArticleAtTheChangeOfLanguage()
    {
        var segments = CleaningRun.Segments(SyntheticSources.LanguageChange);

        Assert.Equal(2, segments.Length);
        Assert.Equal((1, 4), (segments[0].FirstLine, segments[0].LastLine));
        Assert.Equal("change of language from kk to ru (line 5)", segments[1].Reason);
    }

    [Fact]
    public void Segment_WhenAShortParagraphIsInAnotherLanguage_DoesNotTakeItForANewArticle()
    {
        var kazakh = "Орталық Азия мемлекеттері тәуелсіздік алғаннан кейін өңірлік қауіпсіздікті нығайту үшін көпжақты ұйымдармен ынтымақтастықты дамытуға ерекше көңіл бөлді, бұл үдерісте НАТО-ның әріптестік бағдарламалары маңызды рөл атқарды.";
        var source = CleaningRun.SegmentOf(
            SourceLayout.HardWrapped,
            Block(BlockKind.Paragraph, kazakh, 1),
            Block(BlockKind.Paragraph, "«Безопасность Центральной Азии неотделима от безопасности Европы».", 5),
            Block(BlockKind.Paragraph, kazakh, 6)).Source;

        Assert.Single(ArticleSegmenter.Segment(source));
    }

    [Fact]
    public void Segment_WhenALongReferenceEntryIsInAnotherLanguage_KeepsItInTheArticle()
    {
        // Kazakh articles cite Russian and English works: the language of a reference is no evidence of a new article.
        var segments = CleaningRun.Segments(SyntheticSources.RussianReferenceEntry);

        Assert.Equal([(1, 8, "start of the source")], segments.Select(s => (s.FirstLine, s.LastLine, s.Reason)));
    }

    [Fact]
    public void Segment_WhenTheEditorsSplitAtAParagraph_StartsANewArticleThere()
    {
        var segments = CleaningRun.Segments(SyntheticSources.JournalArticle, splitLines: new HashSet<int> { 15 });

        Assert.Equal(2, segments.Length);
        Assert.Equal(14, segments[0].LastLine);
        Assert.Equal(15, segments[1].FirstLine);
        Assert.Equal("editorial split (line 15)", segments[1].Reason);
        Assert.Equal([1, 2], segments.Select(s => s.Ordinal));
    }

    [Fact]
    public void Segment_WhenTheEditorsSplitAtTheFirstLine_MakesNoEmptyArticle()
    {
        var segment = Assert.Single(CleaningRun.Segments(SyntheticSources.JournalArticle, splitLines: new HashSet<int> { 1 }));

        Assert.Equal((1, 23), (segment.FirstLine, segment.LastLine));
    }

    [Fact]
    public void Segment_WhenTheEditorsSplitInsideAParagraph_DoesNotCutIt()
    {
        // Line 9 is the second line of the paragraph of lines 8-10: no paragraph starts there.
        var segment = Assert.Single(CleaningRun.Segments(SyntheticSources.JournalArticle, splitLines: new HashSet<int> { 9 }));

        Assert.Equal((1, 23), (segment.FirstLine, segment.LastLine));
    }

    [Fact]
    public void Segment_WhenTheEditorsJoinAtASeparator_MakesOneArticleOfBothTexts()
    {
        var cleaned = CleaningRun.Clean(SyntheticSources.Separated);

        var segment = Assert.Single(ArticleSegmenter.Segment(cleaned, joinLines: new HashSet<int> { 5 }));

        Assert.Equal((1, 7, 1, "start of the source"), (segment.FirstLine, segment.LastLine, segment.Ordinal, segment.Reason));
        Assert.Equal(cleaned.Blocks.Where(b => b.Kind != BlockKind.Boundary), segment.Blocks);
    }

    [Fact]
    public void Segment_WhenTheEditorsJoinTheMiddleText_RenumbersTheArticlesAfterIt()
    {
        var plain = CleaningRun.Segments(ThreeTexts);
        var joined = CleaningRun.Segments(ThreeTexts, joinLines: new HashSet<int> { 4 });

        Assert.Equal([(1, 2), (4, 5), (7, 8)], plain.Select(s => (s.FirstLine, s.LastLine)));
        Assert.Equal([(1, 1, 5), (2, 7, 8)], joined.Select(s => (s.Ordinal, s.FirstLine, s.LastLine)));
        Assert.Equal("separator line (line 6)", joined[1].Reason);
    }

    [Fact]
    public void Segment_WhenAJoinLineStartsNoArticle_ChangesNothing()
    {
        var plain = CleaningRun.Segments(ThreeTexts);
        var joined = CleaningRun.Segments(ThreeTexts, joinLines: new HashSet<int> { 2, 5 });

        Assert.Equal(plain.Select(s => (s.Ordinal, s.FirstLine, s.LastLine, s.Reason)), joined.Select(s => (s.Ordinal, s.FirstLine, s.LastLine, s.Reason)));
    }

    [Fact]
    public void Segment_OfAnEmptySource_IsNoArticle()
    {
        Assert.Empty(CleaningRun.Segments("\n\n   \n"));
    }

    [Fact]
    public void Segment_OfTheRealSources_FindsTheArticlesAReaderSees()
    {
        var found = RealCorpus.FileNames.ToDictionary(f => f, f => ArticleSegmenter.Segment(RealCorpus.Clean(f), RealCorpus.Editorial.SplitLinesOf(f)).Select(s => s.Reason).ToList());

        Assert.Equal(["start of the source"], found["000_231815bb3e78ce1c.txt"]);
        Assert.Equal(["start of the source", "title in capitals (line 21)", "separator line (line 492)"], found["002_c7ff2cc66a30f6af.txt"]);
        Assert.Equal(["start of the source", "affiliation after running text (line 18)", "editorial split (line 441)"], found["004_2dbc11eb0e7c7aeb.txt"]);
    }

    private static TextBlock Block(BlockKind kind, string text, int line) => new(kind, text, line, line) { RawLines = [text] };
}
