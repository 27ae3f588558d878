using System.Collections.Immutable;
using KzEdition.Cleaning;
using KzEdition.Editorial;
using KzEdition.Engine;
using KzEdition.Model;
using KzEdition.Tests.Cleaning;

namespace KzEdition.Tests.Editorial;

public sealed class EditorialApplierTests
{
    private const string File = "input/editorial/articles.yml";

    private static readonly ImmutableArray<Article> Articles =
    [
        Article("004_a-1", "004_a.txt", 1, 17),
        Article("004_a-2", "004_a.txt", 18, 440),
        Article("004_a-3", "004_a.txt", 441, 463),
        Article("000_b-1", "000_b.txt", 1, 84, ("002_c.txt", 21, 490)),
    ];

    [Fact]
    public void Apply_WhenADecisionNamesAnArticleById_GivesItTheEditorsTitleAndASlugMadeFromIt()
    {
        var result = Apply(Decisions(Decision(3, id: "004_a-1") with { Title = "Ұлттық құрылыс" }));

        var article = result[0];
        Assert.Equal(("Ұлттық құрылыс", TitleSource.Editorial, "ulttyq-qurylys"), (article.Title, article.TitleSource, article.Slug));
        Assert.Equal("[Ұлттық құрылыс]", article.DisplayTitle);
        Assert.Equal(Articles.Skip(1), result.Skip(1));
    }

    [Fact]
    public void Apply_WhenADecisionNamesAnArticleBySourceAndLine_AppliesAuthorsLanguageAndStatus()
    {
        var decision = Decision(7, at: new SourceLine("004_a.txt", 200)) with { Authors = ["Л.Т. Исова", "А.Б. Серікбаева"], Lang = "ru", Status = "complete" };

        var article = Apply(Decisions(decision))[1];

        Assert.Equal("004_a-2", article.Id);
        Assert.Equal(["Л.Т. Исова", "А.Б. Серікбаева"], article.Authors);
        Assert.Equal(("ru", ArticleStatus.Complete), (article.Lang, article.Status));
        Assert.Equal((Articles[1].Title, Articles[1].TitleSource, Articles[1].Slug), (article.Title, article.TitleSource, article.Slug));
    }

    [Theory]
    [InlineData(18, "004_a-2")]
    [InlineData(440, "004_a-2")]
    [InlineData(441, "004_a-3")]
    [InlineData(17, "004_a-1")]
    public void Apply_WhenADecisionNamesALine_FindsTheArticleWhoseLinesHoldIt(int line, string id)
    {
        var result = Apply(Decisions(Decision(7, at: new SourceLine("004_a.txt", line)) with { Lang = "ru" }));

        Assert.Equal([id], result.Where(a => a.Lang == "ru").Select(a => a.Id));
    }

    [Fact]
    public void Apply_WhenADecisionNamesALineOfASecondWitness_FindsTheMergedArticle()
    {
        var result = Apply(Decisions(Decision(7, at: new SourceLine("002_c.txt", 300)) with { Title = "Қазақстан-НАТО ынтымақтастығы" }));

        Assert.Equal("Қазақстан-НАТО ынтымақтастығы", result.Single(a => a.Id == "000_b-1").Title);
    }

    [Fact]
    public void Apply_WhenTheStatusIsFragment_MakesACompleteArticleAFragment()
    {
        var complete = Articles.Select(a => a with { Status = ArticleStatus.Complete }).ToImmutableArray();

        var result = EditorialApplier.Apply(Decisions(Decision(3, id: "004_a-3") with { Status = "fragment" }), complete, _ => { });

        Assert.Equal([ArticleStatus.Complete, ArticleStatus.Complete, ArticleStatus.Fragment, ArticleStatus.Complete], result.Select(a => a.Status));
    }

    [Fact]
    public void Apply_WhenTheEditorsGiveASlug_KeepsItOverTheOneMadeFromTheTitle()
    {
        var article = Apply(Decisions(Decision(3, id: "004_a-1") with { Title = "Ұлттық құрылыс", Slug = "nation-building" }))[0];

        Assert.Equal(("Ұлттық құрылыс", "nation-building"), (article.Title, article.Slug));
    }

    [Fact]
    public void Apply_ReportsEveryDecisionItApplied_AtItsPlace()
    {
        var reports = new List<Diagnostic>();

        EditorialApplier.Apply(
            Decisions(Decision(3, id: "004_a-1") with { Lang = "kk" }, Decision(9, at: new SourceLine("000_b.txt", 1)) with { Lang = "kk" }),
            Articles,
            reports.Add);

        Assert.Equal(
            [
                Diagnostic.Info("editorial decision applied to 004_a-1", File, 3, 5),
                Diagnostic.Info("editorial decision applied to 000_b-1", File, 9, 5),
            ],
            reports);
    }

    [Fact]
    public void Apply_WhenNothingIsDecided_KeepsTheArticlesAsTheyAre()
    {
        Assert.Equal(Articles, EditorialApplier.Apply(EditorialDecisions.None, Articles, _ => throw new InvalidOperationException("no report expected")));
    }

    [Fact]
    public void Apply_WhenAnOrderIsGiven_PutsTheNamedArticlesFirstAndTheOthersAfterInTheirOrder()
    {
        var decisions = EditorialDecisions.None with { Order = [("000_b-1", Where(20)), ("004_a-3", Where(20)), ("000_b-1", Where(20))] };

        var result = EditorialApplier.Apply(decisions, Articles, _ => { });

        Assert.Equal(["000_b-1", "004_a-3", "004_a-1", "004_a-2"], result.Select(a => a.Id));
    }

    [Fact]
    public void Apply_WhenAnOrderedArticleHasADecision_OrdersTheDecidedArticle()
    {
        var decisions = Decisions(Decision(3, id: "004_a-3") with { Title = "Этникалық көші-қон" }) with { Order = [("004_a-3", Where(20))] };

        var first = EditorialApplier.Apply(decisions, Articles, _ => { })[0];

        Assert.Equal(("004_a-3", "Этникалық көші-қон"), (first.Id, first.Title));
    }

    [Fact]
    public void Apply_WhenAnIdMatchesNoArticle_FailsAtTheDecisionsPlace()
    {
        var error = Assert.Throws<BuildException>(() => Apply(Decisions(Decision(12, id: "004_a-9") with { Title = "Жоқ мақала" })));

        Assert.Equal(
            ["input/editorial/articles.yml(12,5): error: no article has the id '004_a-9' (see edition.json for the ids)"],
            error.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Apply_WhenALineLiesOutsideEveryArticle_FailsAtTheDecisionsPlace()
    {
        var error = Assert.Throws<BuildException>(() => Apply(Decisions(Decision(5, at: new SourceLine("004_a.txt", 500)) with { Lang = "kk" })));

        Assert.Equal(["input/editorial/articles.yml(5,5): error: no article comes from 004_a.txt at line 500"], error.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Apply_WhenAnOrderEntryMatchesNoArticle_FailsAtItsPlace()
    {
        var decisions = EditorialDecisions.None with { Order = [("004_a-1", Where(20)), ("004_a-7", new EditorialPosition(File, 20, 18))] };

        var error = Assert.Throws<BuildException>(() => EditorialApplier.Apply(decisions, Articles, _ => { }));

        Assert.Equal(["input/editorial/articles.yml(20,18): error: order: no article has the id '004_a-7'"], error.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Apply_WhenSeveralDecisionsMatchNothing_ReportsThemAllAtOnce()
    {
        var decisions = Decisions(Decision(3, id: "x-1") with { Lang = "kk" }, Decision(9, at: new SourceLine("nowhere.txt", 1)) with { Lang = "kk" })
            with { Order = [("y-1", Where(20))] };

        var error = Assert.Throws<BuildException>(() => EditorialApplier.Apply(decisions, Articles, _ => { }));

        Assert.Equal([3, 9, 20], error.Diagnostics.Select(d => d.Line));
        Assert.All(error.Diagnostics, d => Assert.Equal((Severity.Error, File), (d.Severity, d.File)));
    }

    [Fact]
    public void CheckPlaces_WhenASplitAndAJoinPointAtParagraphStarts_FindsNothingWrong()
    {
        var (sources, segments) = Journal();
        var decisions = EditorialDecisions.None with
        {
            Splits = [(new SourceLine("journal.txt", 15), Where(2))],
            Joins = [(new SourceLine("journal.txt", 18), Where(4))],
        };

        Assert.Empty(EditorialApplier.CheckPlaces(decisions, sources, segments));
    }

    [Theory]
    [InlineData(9, 8)]
    [InlineData(10, 11)]
    [InlineData(5, 4)]
    [InlineData(99, 23)]
    public void CheckPlaces_WhenASplitPointsAtNoParagraphStart_NamesTheNearestStart(int line, int nearest)
    {
        var (sources, segments) = Journal();
        var decisions = EditorialDecisions.None with { Splits = [(new SourceLine("journal.txt", line), Where(2))] };

        var error = Assert.Single(EditorialApplier.CheckPlaces(decisions, sources, segments));

        Assert.Equal(
            $"input/editorial/articles.yml(2,5): error: split: no paragraph of journal.txt starts at line {line}; the nearest starts at line {nearest}",
            error.ToString());
    }

    [Fact]
    public void CheckPlaces_WhenASplitNamesAnUnknownSource_SaysSo()
    {
        var (sources, segments) = Journal();
        var decisions = EditorialDecisions.None with { Splits = [(new SourceLine("journl.txt", 15), Where(2))] };

        var error = Assert.Single(EditorialApplier.CheckPlaces(decisions, sources, segments));

        Assert.Equal("input/editorial/articles.yml(2,5): error: split: no source named 'journl.txt' in input/sources/", error.ToString());
    }

    [Fact]
    public void CheckPlaces_WhenAJoinPointsAtNoArticleStart_SaysSo()
    {
        var (sources, segments) = Journal();
        var decisions = EditorialDecisions.None with { Joins = [(new SourceLine("journal.txt", 9), Where(4)), (new SourceLine("other.txt", 15), Where(5))] };

        var errors = EditorialApplier.CheckPlaces(decisions, sources, segments).Select(d => d.ToString());

        Assert.Equal(
            [
                "input/editorial/articles.yml(4,5): error: join: no article of journal.txt starts at line 9",
                "input/editorial/articles.yml(5,5): error: join: no article of other.txt starts at line 15",
            ],
            errors);
    }

    [Fact]
    public void CheckPlaces_OfTheRealInput_FindsEveryPlaceOfTheRealEditorialFile()
    {
        var sources = RealCorpus.FileNames.Select(RealCorpus.Clean).ToList();
        var segments = sources.SelectMany(s => ArticleSegmenter.Segment(s, RealCorpus.Editorial.SplitLinesOf(s.Source.FileName))).ToList();

        Assert.Empty(EditorialApplier.CheckPlaces(RealCorpus.Editorial, sources, segments));
    }

    private static (List<CleanedSource> Sources, List<ArticleSegment> Segments) Journal()
    {
        var cleaned = CleaningRun.Clean(SyntheticSources.JournalArticle, "journal.txt");
        return ([cleaned], [.. ArticleSegmenter.Segment(cleaned)]);
    }

    private static ImmutableArray<Article> Apply(EditorialDecisions decisions) => EditorialApplier.Apply(decisions, Articles, _ => { });

    private static EditorialDecisions Decisions(params ArticleDecision[] decisions) => EditorialDecisions.None with { Articles = [.. decisions] };

    private static ArticleDecision Decision(int line, string? id = null, SourceLine? at = null) => new(Where(line), id, at);

    private static EditorialPosition Where(int line) => new(File, line, 5);

    private static Article Article(string id, string source, int first, int last, (string Source, int First, int Last)? second = null) => new()
    {
        Id = id,
        Slug = "slug-" + id,
        Title = "Тақырып " + id,
        TitleSource = TitleSource.Derived,
        Lang = "kk",
        Status = ArticleStatus.Fragment,
        Witnesses = second is { } s
            ? [new Witness(source, first, last, true), new Witness(s.Source, s.First, s.Last, false)]
            : [new Witness(source, first, last, true)],
        Body = [new Paragraph("Мәтін.")],
    };
}
