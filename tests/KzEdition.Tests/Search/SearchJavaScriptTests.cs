using KzEdition.Search;
using KzEdition.Tests.EndToEnd;

namespace KzEdition.Tests.Search;

/// <summary>The browser's search over the real edition's index, run in Jint.</summary>
public sealed class SearchJavaScriptTests(BuiltEdition edition) : IClassFixture<BuiltEdition>
{
    [Fact]
    public void Key_IsTheSameInTheBrowserAsInTheIndex_ForEveryWordOfTheEdition()
    {
        using var search = new JavaScriptSearch(edition.Output);
        var differing = RealCorpusWords.All.Where(w => search.Key(w) != SearchKey.Of(w)).Take(10).ToList();

        Assert.Empty(differing);
    }

    [Theory]
    [InlineData("Қазақстанға")]   // another case than most mentions
    [InlineData("Qazaqstan")]     // Latin script
    [InlineData("казакстан")]     // typed without Kazakh letters
    [InlineData("QAZAQSTAN")]
    public void Search_FindsEveryFormAndScriptOfAWord_TheSameParagraphs(string query)
    {
        using var search = new JavaScriptSearch(edition.Output);

        Assert.Equal(search.Search("Қазақстан"), search.Search(query));
    }

    [Fact]
    public void Search_FindsAnAcronymWithItsEnding_AndLinksToTheParagraph()
    {
        using var search = new JavaScriptSearch(edition.Output);

        var results = search.Search("ПАРП-тың");

        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.Matches(@"^articles/[a-z0-9-]+/index\.html#p[0-9]+$", r));
        Assert.Equal(search.Search("ПАРП"), results);
    }

    [Fact]
    public void Search_OfAPhrase_KeepsOnlyParagraphsWithTheWordsInOrder()
    {
        using var search = new JavaScriptSearch(edition.Output);

        var phrase = search.Search("\"Орталық Азия\"", "{ limit: 200 }");
        var words = search.Search("Азия Орталық", "{ limit: 200 }");
        var reversed = search.Search("\"Азия Орталық\"", "{ limit: 200 }");

        Assert.NotEmpty(phrase);
        Assert.All(phrase, p => Assert.Contains(p, words));
        Assert.True(reversed.Count < words.Count, $"{reversed.Count} paragraphs with 'Азия Орталық' in that order, {words.Count} with both words");
    }

    [Fact]
    public void Search_WhileTyping_MatchesTheLastWordAsAPrefix()
    {
        using var search = new JavaScriptSearch(edition.Output);

        Assert.Empty(search.Search("Схефф"));
        Assert.Equal(search.Search("Схеффер"), search.Search("Схефф", "{ typing: true }"));
    }

    [Fact]
    public void Search_WhileTyping_AShortWordOfTheIndex_IsNoPrefix_ALongOneIs()
    {
        using var search = new JavaScriptSearch(edition.Output);

        // қон (of көші-қон) is a word of the index: it does not also find конференция.
        Assert.Equal(search.Search("қон", "{ limit: 200 }"), search.Search("қон", "{ limit: 200, typing: true }"));
        // энергетика also finds энергетикалық while typing.
        var typed = search.Search("энергетика", "{ limit: 200, typing: true }");
        Assert.All(search.Search("энергетикалық", "{ limit: 200 }"), p => Assert.Contains(p, typed));
    }

    [Fact]
    public void Search_FiltersByLanguage()
    {
        using var search = new JavaScriptSearch(edition.Output);

        Assert.NotEmpty(search.Search("Назарбаев", "{ lang: 'ru' }"));
        Assert.All(search.Search("Назарбаев", "{ lang: 'ru' }"), r => Assert.Contains("opyt-istoriko", r, StringComparison.Ordinal));
        Assert.DoesNotContain(search.Search("Назарбаев", "{ lang: 'kk' }"), r => r.Contains("opyt-istoriko", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_HighlightsTheMatchedWordsInTheSnippet()
    {
        using var search = new JavaScriptSearch(edition.Output);

        var answer = search.Raw("Робертсонмен");

        Assert.Contains("<mark>Робертсон", answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public void TextKeys_AreTheKeysTheIndexFilesAWordUnder_ForEveryWordOfTheEdition(string lang)
    {
        // A word alone is a paragraph whose terms are exactly the keys it is filed under: its own,
        // a compound's parts', an acronym's. search.js must read the text the same way, or a
        // snippet marks the wrong words and a phrase misses.
        using var search = new JavaScriptSearch(edition.Output);
        var differing = RealCorpusWords.All
            .Select(w => (Word: w, Index: SearchParagraph.Of(w, lang).Terms.Select(t => t.Key).ToHashSet(), Browser: search.TextKeys(w, lang).Where(k => k.Length > 0).ToHashSet()))
            .Where(r => !r.Index.SetEquals(r.Browser))
            .Select(r => $"{r.Word}: index {string.Join(' ', r.Index)}, browser {string.Join(' ', r.Browser)}")
            .Take(10)
            .ToList();

        Assert.Empty(differing);
    }

    [Theory]
    [InlineData("Бишкек")]    // a table's cell (table 2)
    [InlineData("транзит")]   // a table's cell
    [InlineData("Tempus")]    // a list item
    public void Search_FindsTheWordsOfTablesAndLists_UnderTheParagraphBeforeThem(string query)
    {
        using var search = new JavaScriptSearch(edition.Output);

        Assert.NotEmpty(search.Search(query));
    }

    [Fact]
    public void Search_FindsACompoundByItsParts_AndItsPartsTypedApart()
    {
        using var search = new JavaScriptSearch(edition.Output);
        var compound = search.Search("көші-қон", "{ limit: 200 }");

        Assert.Equal(3, compound.Count);
        // Typed apart, the paragraphs holding both parts come first; those holding one follow.
        Assert.Equal(compound, search.Search("көші қон", "{ limit: 200 }").Take(compound.Count));
        Assert.Equal(compound, search.Search("\"көші қон\"", "{ limit: 200 }"));
        Assert.Contains(search.Search("НАТО-Қазақстан")[0], search.Search("НАТО", "{ limit: 200 }"));
    }

    [Fact]
    public void Search_OfCapitals_FindsTheAcronym_NotWordsThatShareItsLetters()
    {
        using var search = new JavaScriptSearch(edition.Output);

        // ЕО (the European Union) against the Russian «ее», OTAN (NATO in French) against отанына:
        // OTAN is one of NATO's acronyms, so it finds NATO's paragraphs, the one that says OTAN first.
        Assert.NotEmpty(search.Search("ЕО"));
        Assert.DoesNotContain(search.Search("ЕО", "{ limit: 200 }"), r => r.Contains("opyt-istoriko", StringComparison.Ordinal));
        var otan = search.Search("OTAN", "{ limit: 200 }");
        Assert.Equal("articles/soltustik-atlantikalyq-kelisim-uiymy-nato/index.html#p1", otan[0]);
        Assert.DoesNotContain("articles/etnikalyq-kosi-qon-jane-repatriatsiia-saiasaty/index.html#p2", otan); // отанына
        Assert.Equal(search.Search("НАТО", "{ limit: 200 }"), search.Search("NATO", "{ limit: 200 }"));
    }

    [Theory]
    [InlineData("Kazakhstan", "places", "qazaqstan")]   // English, a variant in terms.yml
    [InlineData("Казахстан", "places", "qazaqstan")]    // Russian
    [InlineData("Nazarbayev", "persons", "nazarbaev-n-a")]
    [InlineData("Afghanistan", "places", "auganstan")]
    [InlineData("Турция", "places", "turkiia")]
    [InlineData("ИПАП", "organisations", "ariptestik-is-qimylynyn-jeke-jospary")]
    [InlineData("Бейбітшілік үшін әріптестік", "organisations", "beibitsilik-usin-ariptestik")]   // a name of several words, in the text also ББӘ
    [InlineData("Partnership for Peace", "organisations", "beibitsilik-usin-ariptestik")]
    [InlineData("beibitshilik ushin ariptestik", "organisations", "beibitsilik-usin-ariptestik")]   // plain Latin
    public void Search_InAnySpellingOfAnIndexEntry_FindsEveryParagraphTheIndexListsForIt(string spelling, string index, string entry)
    {
        var page = File.ReadAllText(Path.Combine(edition.Output, "index", index, "index.html"));
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page);
        var listed = document.QuerySelectorAll($"li#{entry} ul.locators a[href*='#p']")
            .Select(a => a.GetAttribute("href")!.Replace("../../", "", StringComparison.Ordinal))
            .ToList();
        using var search = new JavaScriptSearch(edition.Output);
        var found = search.Search(spelling, "{ limit: 500 }");

        Assert.True(listed.Count >= 3, $"the index lists {listed.Count} paragraphs for {entry}");
        var missing = listed.Except(found).ToList();
        Assert.True(missing.Count == 0, $"{spelling} misses {missing.Count} of the {listed.Count} paragraphs the index lists: {string.Join(", ", missing.Take(5))}");
    }

    [Fact]
    public void Search_RanksTheQuerysOwnSpelling_AboveParagraphsFoundThroughASynonym()
    {
        using var search = new JavaScriptSearch(edition.Output);
        var russian = search.Search("Казахстан", "{ limit: 500 }");
        var own = russian.TakeWhile(r => r.Contains("opyt-istoriko", StringComparison.Ordinal)).Count();

        // The Russian article says Казахстан itself; the Kazakh ones are found through the synonym, after it.
        Assert.True(own >= 3, $"{own} Russian paragraphs first");
        Assert.True(russian.Count > own, "the Kazakh paragraphs are found too");
        Assert.DoesNotContain(russian.Skip(own), r => r.Contains("opyt-istoriko", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_OfARelativeAdjective_AlsoFindsItsNoun_AfterItsOwnForms()
    {
        // The stemmer keeps жылғы apart from жыл (an adjective, another lemma); a reader of "2006
        // жылғы" still wants "2006 жылы": found too, after the paragraphs that say жылғы.
        using var search = new JavaScriptSearch(edition.Output);
        var adjective = search.Search("жылғы", "{ limit: 500 }");
        var noun = search.Search("жылы", "{ limit: 500 }");
        using var first = System.Text.Json.JsonDocument.Parse(search.Raw("жылғы", "{ limit: 1 }"));

        Assert.Contains("<mark>жылғы</mark>", first.RootElement.GetProperty("results")[0].GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.All(noun, p => Assert.Contains(p, adjective));
    }

    [Theory]
    [InlineData("бітімгершілік", "операциялар")]
    [InlineData("есірткі", "саудасы")]
    [InlineData("жеке", "жоспар")]
    public void Search_OfSeveralWords_FindsEveryParagraphHoldingAnyOfThem_ThoseHoldingAllFirst(string first, string second)
    {
        // A reader's words for a topic are rarely all in one paragraph: those holding some come
        // after those holding all, instead of not at all.
        using var search = new JavaScriptSearch(edition.Output);
        var both = search.Search($"{first} {second}", "{ limit: 500 }");
        var one = search.Search(first, "{ limit: 500 }");
        var other = search.Search(second, "{ limit: 500 }");
        var all = one.Intersect(other).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(one.Union(other).ToHashSet(StringComparer.Ordinal), both.ToHashSet(StringComparer.Ordinal));
        Assert.NotEmpty(all);
        Assert.Equal(all, both.Take(all.Count).ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public void Search_OfSeveralWords_RanksThemNearOneAnother_First()
    {
        // жеке жоспар: «жеке іс-қимыл жоспары» before paragraphs with жеке in one sentence and
        // жоспарлау in another, though these are shorter and weigh more in BM25.
        using var search = new JavaScriptSearch(edition.Output);
        using var found = System.Text.Json.JsonDocument.Parse(search.Raw("жеке жоспар", "{ limit: 3 }"));

        Assert.All(found.RootElement.GetProperty("results").EnumerateArray(), r =>
            Assert.Matches(@"(?i)<mark>жеке</mark>(\s+\S+)?\s+<mark>жоспар", r.GetProperty("snippet").GetString()!));
    }

    [Fact]
    public void Search_OfAPartOfAnEntrysName_FindsTheParagraphsThatNameTheEntry()
    {
        // жеке жоспар is a part of the name of one entry only (Әріптестік іс-қимылының жеке
        // жоспары, ИПАП): it finds the paragraphs that name it by its acronym too.
        using var search = new JavaScriptSearch(edition.Output);
        var acronym = search.Search("ИПАП", "{ limit: 500 }");
        var part = search.Search("жеке жоспар", "{ limit: 500 }");

        Assert.NotEmpty(acronym);
        Assert.All(acronym, p => Assert.Contains(p, part));
    }

    [Fact]
    public void Search_OfAPartOfAnEntrysName_GoingOnWithAWordTheNameLacks_IsNotThatEntry()
    {
        // Бейбітшілік үшін begins the name of Бейбітшілік үшін әріптестік, but the query puts ғылым
        // where the name goes on: another programme, «Бейбітшілікке бағытталған ғылым» (its words
        // near once үшін, which it lacks, is passed over), not ranked after every paragraph naming
        // the Partnership.
        using var search = new JavaScriptSearch(edition.Output);
        using var found = System.Text.Json.JsonDocument.Parse(search.Raw("Бейбітшілік үшін ғылым", "{ limit: 4 }"));

        Assert.Contains(found.RootElement.GetProperty("results").EnumerateArray(), r =>
            r.GetProperty("snippet").GetString()!.Contains("<mark>Бейбітшілікке</mark> бағытталған <mark>ғылым</mark>", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_OfAPartOfAnEntrysName_LeavingOutAWordOfIt_FindsTheParagraphsThatNameTheEntry()
    {
        // ұжымдық қауіпсіздік шарты leaves туралы out of Ұжымдық қауіпсіздік туралы шарт ұйымы:
        // still a part of its name, so the paragraphs saying ҰҚШҰ are found.
        using var search = new JavaScriptSearch(edition.Output);
        var acronym = search.Search("ҰҚШҰ", "{ limit: 500 }");
        var part = search.Search("ұжымдық қауіпсіздік шарты", "{ limit: 500 }");

        Assert.NotEmpty(acronym);
        Assert.All(acronym, p => Assert.Contains(p, part));
    }

    [Fact]
    public void Search_OfSeveralWords_ReadsAWordFoundThroughASynonym_WhereTheEntrysSpellingStands()
    {
        // терроризммен күрес: «лаңкестікпен күрес» (the entry's other spelling, then күрес) is as
        // near as «терроризмге қарсы күрес», and ranks with it before paragraphs with the words apart.
        using var search = new JavaScriptSearch(edition.Output);
        using var found = System.Text.Json.JsonDocument.Parse(search.Raw("терроризммен күрес", "{ limit: 4 }"));
        var snippets = found.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("snippet").GetString()!).ToList();

        Assert.Equal(4, snippets.Count);
        Assert.All(snippets, s => Assert.Matches(@"<mark>[^<]+</mark>\s+(\S+\s+)?<mark>күрес", s));
        Assert.Contains(snippets, s => s.Contains("<mark>лаңкестікпен</mark>", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_OfACompound_AlsoFindsItsLastPartWrittenAlone_AfterTheCompound()
    {
        // оқу-жаттығуларына: «әскери жаттығуларын» speaks of exercises without оқу. The compound's
        // paragraphs (the phrase of its parts) come first.
        using var search = new JavaScriptSearch(edition.Output);
        var compound = search.Search("оқу-жаттығуларына", "{ limit: 500 }");
        var whole = search.Search("\"оқу жаттығулары\"", "{ limit: 500 }");

        Assert.NotEmpty(whole);
        Assert.Equal(whole.ToHashSet(StringComparer.Ordinal), compound.Take(whole.Count).ToHashSet(StringComparer.Ordinal));
        Assert.All(search.Search("жаттығулары", "{ limit: 500 }"), p => Assert.Contains(p, compound));
        Assert.True(compound.Count > whole.Count);
        Assert.Equal(search.Search("НАТО-ның", "{ limit: 500 }"), search.Search("НАТО", "{ limit: 500 }")); // endings, no compound
    }

    [Fact]
    public void Search_WhileTyping_TheLastWordsStem_AlsoFindsTheWordsDerivedFromIt_AfterItsOwnForms()
    {
        // транзиті: its stem транзит begins транзиттік, a word of its own the stemmer keeps apart.
        using var search = new JavaScriptSearch(edition.Output);
        using var typed = System.Text.Json.JsonDocument.Parse(search.Raw("транзиті", "{ limit: 500, typing: true }"));
        var derived = search.Search("транзиттік", "{ limit: 500 }");
        var own = OwnForms(typed, "транзиті");

        Assert.All(derived, p => Assert.Contains(p, Urls(typed)));
        Assert.Contains(false, own);
        Assert.True(own.LastIndexOf(true) < own.IndexOf(false), $"own forms at {string.Join(",", own.Select(o => o ? 1 : 0))}");
    }

    [Theory]
    [InlineData("геосаясат", "геосаяси")]
    [InlineData("ынтымақтасу", "ынтымақтастық")]
    public void Search_OfAWord_FindsTheWordsDerivedFromIt_AfterItsOwnForms_AndOffersThemAsSeeAlso(string query, string derived)
    {
        // The stemmer keeps them apart (two words); a reader of one may want the other: searched
        // after the word's own forms (query expansion), and offered to be searched as one's own word.
        using var search = new JavaScriptSearch(edition.Output);
        using var answer = System.Text.Json.JsonDocument.Parse(search.Raw(query, "{ limit: 500 }"));
        var offered = answer.RootElement.GetProperty("seeAlso").EnumerateArray().Select(w => w.GetProperty("word").GetString()).ToList();
        var own = OwnForms(answer, query);

        Assert.Contains(derived, offered);
        Assert.NotEqual(KazakhStemmer.Stem(query), KazakhStemmer.Stem(derived));
        Assert.All(search.Search(derived, "{ limit: 500 }"), p => Assert.Contains(p, Urls(answer)));
        Assert.Contains(false, own);
        Assert.True(own.LastIndexOf(true) < own.IndexOf(false), $"own forms at {string.Join(",", own.Select(o => o ? 1 : 0))}");
    }

    private static List<string> Urls(System.Text.Json.JsonDocument answer) =>
        [.. answer.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("url").GetString()!)];

    /// <summary>For each result of a one-word query, whether it holds the word's own form: a word its snippet marks has the word's stem.</summary>
    private static List<bool> OwnForms(System.Text.Json.JsonDocument answer, string query)
    {
        var ownKey = SearchKey.Of(KazakhStemmer.Stem(query));
        return [.. answer.RootElement.GetProperty("results").EnumerateArray().Select(r =>
            System.Text.RegularExpressions.Regex.Matches(r.GetProperty("snippet").GetString()!, "<mark>([^<]*)</mark>")
                .Any(m => SearchKey.Of(KazakhStemmer.Stem(m.Groups[1].Value)) == ownKey))];
    }

    [Theory]
    [InlineData("Kazakhstan", "<mark>Қазақстан")]
    [InlineData("ИПАП", "<mark>жеке</mark> <mark>жоспары</mark>")]
    [InlineData("Nazarbayev", "<mark>Назарбаевтың</mark>")]
    [InlineData("Partnership for Peace", "<mark>Бейбітшілік</mark>")]
    public void Search_OfAnotherSpellingOfAnEntry_MarksTheSpellingEachParagraphHolds(string query, string marked)
    {
        // Before, a paragraph found through a synonym showed nothing marked: the browser did not
        // know which of its words spell the entry. spellings.json tells it.
        using var search = new JavaScriptSearch(edition.Output);
        using var answer = System.Text.Json.JsonDocument.Parse(search.Raw(query, "{ limit: 500 }"));
        var snippets = answer.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("snippet").GetString()!).ToList();

        Assert.NotEmpty(snippets);
        Assert.All(snippets, s => Assert.Contains("<mark>", s, StringComparison.Ordinal));
        Assert.Contains(snippets, s => s.Contains(marked, StringComparison.Ordinal));
        Assert.Contains("search/spellings.json", search.Read);
    }

    [Fact]
    public void Search_FoundWithoutASynonym_ReadsNoSpellings()
    {
        using var search = new JavaScriptSearch(edition.Output);

        Assert.NotEmpty(search.Search("бітімгершілік"));
        Assert.DoesNotContain("search/spellings.json", search.Read);
    }

    [Fact]
    public void Search_OffersNothingForTheWordsOfAName()
    {
        using var search = new JavaScriptSearch(edition.Output);
        using var answer = System.Text.Json.JsonDocument.Parse(search.Raw("Бейбітшілік үшін әріптестік", "{ typing: true }"));

        Assert.Equal(0, answer.RootElement.GetProperty("seeAlso").GetArrayLength());
    }

    [Fact]
    public void Search_OfAPhrase_ReadsNoTextOfParagraphsLackingOneOfItsWords()
    {
        // Paragraphs holding some of the words are ranked too, after the others; a phrase need not
        // read them to know they lack it (at 10,000 articles that read was 400 kB).
        using var words = new JavaScriptSearch(edition.Output);
        Assert.Empty(words.Search("Түркия", "{ limit: 500 }").Intersect(words.Search("ядролық", "{ limit: 500 }")));

        using var search = new JavaScriptSearch(edition.Output);
        Assert.Empty(search.Search("\"Түркия ядролық\""));
        Assert.DoesNotContain(search.Read, path => path.StartsWith("search/text/", StringComparison.Ordinal));
    }
}
