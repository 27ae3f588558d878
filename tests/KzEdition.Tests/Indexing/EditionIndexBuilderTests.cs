using System.Collections.Immutable;
using KzEdition.Editorial;
using KzEdition.Indexing;
using KzEdition.Model;

namespace KzEdition.Tests.Indexing;

public sealed class EditionIndexBuilderTests
{
    private static readonly EditorialPosition Here = new("terms.yml", 1, 1);

    internal static IndexedArticle Article(string id, string lang, params string[] paragraphs) => new(
        new Article
        {
            Id = id,
            Slug = id,
            Title = id,
            TitleSource = TitleSource.Source,
            Lang = lang,
            Status = ArticleStatus.Complete,
            Witnesses = [new Witness("s.txt", 1, 2, true)],
            Body = [.. paragraphs.Select(p => (Block)new Paragraph(p))],
            Keywords = id == "a" ? ["ынтымақтастық"] : [],
        },
        [.. paragraphs.Select((p, i) => new NumberedParagraph(i + 1, p))]);

    private static readonly IndexedArticle[] Articles =
    [
        Article("a", "kk", "НАТО-ның Бас хатшысы Дж. Робертсонмен кездесу Астанада өтті.", "Ынтымақтастық 1994 жылы басталды. ЕАӘК-тің отырысы."),
        Article("b", "kk", "Дж. Робертсонның сапары; НАТО-ға жол. Ұжымдық қауіпсіздік туралы шарт ұйымы (ҰҚШҰ) құрылды."),
        Article("c", "ru", "Встреча НАТО с Н.А. Назарбаевым; ЭТ."),
    ];

    private static readonly EditorialDecisions Editorial = EditorialDecisions.None with
    {
        Terms =
        [
            new TermDecision(Here, "Солтүстік Атлантикалық келісім ұйымы", TermType.Organisation, [], "1949 жылы құрылған.", null) { Acronyms = ["НАТО"] },
            new TermDecision(Here, "Еуроатлантикалық әріптестік кеңесі", TermType.Organisation, [], null, null) { Acronyms = ["ЕАӘК", "СЕАП"] },
            new TermDecision(Here, "Н.Ә. Назарбаев", TermType.Person, [], null, null),
            new TermDecision(Here, "Астана", TermType.Place, [], null, null),
            new TermDecision(Here, "Париж", TermType.Place, [], null, null),
        ],
        NotTerms = ["ЭТ"],
    };

    private static readonly EditionIndex Index = EditionIndexBuilder.Build(Articles, Editorial);

    private static IndexEntry Entry(TermType type, string heading) => Index.OfType(type).Single(e => e.Heading == heading);

    [Fact]
    public void Build_FilesAPersonWithASurnamesParticle_UnderTheSurname_AndFindsTheSurnameAlone()
    {
        var articles = new[] { Article("d", "kk", "Я. де Хооп Схеффер Астанаға келді.", "Хооп Схеффермен кездесу өтті.") };
        var editorial = EditorialDecisions.None with { Terms = [new TermDecision(Here, "Я. де Хооп Схеффер", TermType.Person, [], null, null)] };

        var entry = Assert.Single(EditionIndexBuilder.Build(articles, editorial).OfType(TermType.Person));

        Assert.Equal("Хооп Схеффер Я. де", entry.Heading);
        Assert.Equal([new IndexLocator("d", 1), new IndexLocator("d", 2)], entry.Locators);
    }

    [Fact]
    public void Build_JoinsInflectedAcronymsToTheCuratedEntryThatHasThem()
    {
        var nato = Entry(TermType.Organisation, "Солтүстік Атлантикалық келісім ұйымы");

        Assert.Equal([new IndexLocator("a", 1), new IndexLocator("b", 1), new IndexLocator("c", 1)], nato.Locators);
        Assert.DoesNotContain(Index.OfType(TermType.Acronym), e => e.Name == "НАТО");
        Assert.Contains(Index.Rows(TermType.Acronym), r => r.Heading == "НАТО" && r.See);
    }

    [Fact]
    public void Build_DetectsAcronymsWithTheirExpansion_ExceptNotTerms()
    {
        var csto = Entry(TermType.Acronym, "ҰҚШҰ");

        Assert.Equal("Ұжымдық қауіпсіздік туралы шарт ұйымы", csto.Expansion);
        Assert.False(csto.Curated);
        Assert.DoesNotContain(Index.Entries, e => e.Name == "ЭТ");
    }

    [Fact]
    public void Build_GroupsPersonsBySurname_AcrossCaseEndings_AndJoinsRussianFormsToCuratedPersons()
    {
        var robertson = Entry(TermType.Person, "Робертсон Дж.");

        Assert.Equal(["a", "b"], robertson.Locators.Select(l => l.ArticleId));
        Assert.Equal([new IndexLocator("c", 1)], Entry(TermType.Person, "Назарбаев Н.Ә.").Locators);
        Assert.Equal(2, Index.OfType(TermType.Person).Count());
    }

    [Fact]
    public void Build_ListsKeywords_WithTheArticleThatGivesThemAndTheirMentions() =>
        Assert.Equal([new IndexLocator("a", 0), new IndexLocator("a", 2)], Entry(TermType.Keyword, "ынтымақтастық").Locators);

    [Fact]
    public void Build_ReportsCuratedTermsNoArticleMentions_AndListsThemNowhere()
    {
        Assert.Equal(["Париж"], Index.Unused);
        Assert.DoesNotContain(Index.Entries, e => e.Name == "Париж");
    }

    [Fact]
    public void Build_MakesTheTimelineFromTheDatesInTheirSentences()
    {
        var only = Assert.Single(Index.Timeline);

        Assert.Equal(("1994", "Ынтымақтастық 1994 жылы басталды.", new IndexLocator("a", 2)), (only.Date.Iso, only.Sentence, only.Locator));
        Assert.Equal("1994 жылы", only.Sentence.Substring(only.DateStart, only.DateLength));
    }

    [Fact]
    public void Build_RelatesArticlesByTheRarerEntriesTheyShare()
    {
        // a and b share Робертсон; all three mention НАТО, which so relates none of them.
        var related = Assert.Single(Index.Related["a"]);

        Assert.Equal(("b", "Робертсон Дж."), (related.ArticleId, Assert.Single(related.Shared).Heading));
        Assert.Empty(Index.Related["c"]);
    }

    [Fact]
    public void Build_GivesEachEntryAnAnchorUniqueInItsIndex()
    {
        foreach (var kind in EditionIndex.Kinds)
        {
            var ids = Index.OfType(kind).Select(e => e.Id).ToList();
            Assert.Equal(ids.Distinct().Count(), ids.Count);
            Assert.All(ids, id => Assert.Matches("^[a-z0-9-]+$", id));
        }
    }

    [Fact]
    public void Build_OnTheSameInput_GivesTheSameIndex()
    {
        var again = EditionIndexBuilder.Build(Articles, Editorial);

        Assert.Equal(Index.Entries.Select(e => (e.Id, e.Heading, string.Join(",", e.Locators))), again.Entries.Select(e => (e.Id, e.Heading, string.Join(",", e.Locators))));
    }

    [Fact]
    public void InASession_AnArticleMentioningNothing_StillWeighsEveryEntryAgain()
    {
        // НАТО in both articles relates nothing (log 2/2 = 0); with a third article that mentions
        // nothing the entries are the very same, but НАТО now weighs log 3/2 and relates a and b.
        var memo = new IndexMemo();
        IndexedArticle[] two = [Article("a", "kk", "НАТО туралы."), Article("b", "kk", "НАТО жайында.")];
        IndexedArticle[] three = [.. two, Article("c", "kk", "Бұл мәтін сынақ үшін жазылды.")];

        Assert.Empty(EditionIndexBuilder.Build(two, Editorial, memo).Related["b"]);
        var session = EditionIndexBuilder.Build(three, Editorial, memo);

        Assert.Equal(["a"], session.Related["b"].Select(r => r.ArticleId));
        Assert.Equal(EditionIndexBuilder.Build(three, Editorial).Related["b"].Select(r => (r.ArticleId, r.Score)), session.Related["b"].Select(r => (r.ArticleId, r.Score)));
    }

    [Fact]
    public void InASession_AnEditThatNamesNothing_GivesTheLastIndexBack_WithoutBuilding()
    {
        var memo = new IndexMemo();
        var last = EditionIndexBuilder.Build(Articles, Editorial, memo);
        IndexedArticle[] edited = [Articles[0], Article("b", "kk", "Дж. Робертсонның сапары; НАТО-ға жол ашылды. Ұжымдық қауіпсіздік туралы шарт ұйымы (ҰҚШҰ) құрылды."), Articles[2]];

        Assert.Same(last, EditionIndexBuilder.Unchanged(edited, [false, true, false], memo));

        // And it is the index a build from nothing makes of the edited articles.
        var built = EditionIndexBuilder.Build(edited, Editorial);
        Assert.Equal(built.Entries.Select(e => (e.Id, e.Heading, string.Join(",", e.Locators))), last.Entries.Select(e => (e.Id, e.Heading, string.Join(",", e.Locators))));
        Assert.Equal(built.Timeline.Select(t => t.ToString()), last.Timeline.Select(t => t.ToString()));
    }

    [Theory]
    [InlineData("a mention of a term", "ru", "Встреча НАТО с Н.А. Назарбаевым; ЭТ. Ещё раз НАТО.")]
    [InlineData("a new acronym", "ru", "Встреча НАТО с Н.А. Назарбаевым; ЭТ и ОДКБ.")]
    [InlineData("a new date", "ru", "Встреча НАТО с Н.А. Назарбаевым в 1997 году; ЭТ.")]
    [InlineData("a new person", "ru", "Встреча НАТО с Н.А. Назарбаевым и К.К. Токаевым; ЭТ.")]
    [InlineData("another language", "kk", "Встреча НАТО с Н.А. Назарбаевым; ЭТ.")]
    public void InASession_AnEditOfWhatTheIndexReads_IsBuilt(string what, string lang, string text)
    {
        var memo = new IndexMemo();
        EditionIndexBuilder.Build(Articles, Editorial, memo);
        IndexedArticle[] edited = [Articles[0], Articles[1], Article("c", lang, text)];

        Assert.True(EditionIndexBuilder.Unchanged(edited, [false, false, true], memo) is null, what);
    }

    [Fact]
    public void InASession_AParagraphMoreOrAnArticleMore_IsBuilt()
    {
        var memo = new IndexMemo();
        EditionIndexBuilder.Build(Articles, Editorial, memo);

        // The same text in two paragraphs: the second sentence's mentions are now in paragraph 2.
        IndexedArticle[] split = [Articles[0], Article("b", "kk", "Дж. Робертсонның сапары; НАТО-ға жол.", "Ұжымдық қауіпсіздік туралы шарт ұйымы (ҰҚШҰ) құрылды."), Articles[2]];
        Assert.Null(EditionIndexBuilder.Unchanged(split, [false, true, false], memo));

        IndexedArticle[] more = [.. Articles, Article("d", "kk", "Бұл мәтін сынақ үшін жазылды.")];
        Assert.Null(EditionIndexBuilder.Unchanged(more, [false, false, false, true], memo));
    }

    [Fact]
    public void InASession_ChangedKeywords_AreBuilt()
    {
        var memo = new IndexMemo();
        EditionIndexBuilder.Build(Articles, Editorial, memo);
        var b = Articles[1];
        IndexedArticle[] edited = [Articles[0], b with { Article = b.Article with { Keywords = ["қауіпсіздік"] } }, Articles[2]];

        Assert.Null(EditionIndexBuilder.Unchanged(edited, [false, true, false], memo));
    }
}
