using System.Text.Json;
using KzEdition.Model;
using KzEdition.Search;

namespace KzEdition.Tests.Search;

public sealed class SearchIndexBuilderTests
{
    private static SearchArticle Article(int n, string lang, params string[] paragraphs) =>
        new($"Мақала {n}", $"articles/a{n}/index.html", lang, [.. paragraphs.Select((p, i) => new NumberedParagraph(i + 1, p))]);

    private static Dictionary<string, string> Build(params SearchArticle[] articles) =>
        SearchIndexBuilder.Build(articles).ToDictionary(f => f.Path, f => f.Content);

    /// <summary>Updates the state to these articles, told which differ from those it was last given (by identity).</summary>
    private static Dictionary<string, string> Update(SearchIndexState state, List<SearchArticle> articles, List<SearchArticle> before)
    {
        var changed = articles.Select((a, i) => i >= before.Count || !ReferenceEquals(a, before[i])).ToList();
        var files = SearchIndexBuilder.Update(state, articles, changed).ToDictionary(f => f.Path, f => f.Content);
        before.Clear();
        before.AddRange(articles);
        return files;
    }

    [Theory]
    [InlineData("Қазақстан", "kazakstan")]
    [InlineData("казакстан", "kazakstan")]
    [InlineData("Qazaqstan", "kazakstan")]
    [InlineData("QAZAQSTAN", "kazakstan")]
    [InlineData("НАТО", "nato")]
    [InlineData("шешім", "sheshim")]
    [InlineData("Şeşım", "sheshim")]
    [InlineData("1994", "1994")]
    public void Key_FoldsScriptsAndKazakhLetters_ToOneForm(string word, string key) =>
        Assert.Equal(key, SearchKey.Of(word));

    [Fact]
    public void Build_FilesEachParagraphsStems_WithArticleParagraphCountAndLength()
    {
        var files = Build(Article(1, "kk", "НАТО-ның Бас хатшысы Қазақстанға келді.", "Қазақстанның сыртқы саясаты."), Article(2, "ru", "Казахстан и НАТО."));

        using var manifest = JsonDocument.Parse(files["search/index.json"]);
        Assert.Equal(3, manifest.RootElement.GetProperty("documents").GetInt32());
        Assert.Equal("[[0,\"kk\"],[1,\"ru\"]]", manifest.RootElement.GetProperty("languages").GetRawText());
        using var bucket = JsonDocument.Parse(files["search/terms/_.json"]);
        // Қазақстанға and Қазақстанның are one key: article 0, paragraphs 1 and 2, once each; lengths 5 and 3 (norms 9 and 6).
        Assert.Equal("[0,1,1,9,0,2,1,6]", bucket.RootElement.GetProperty("kazakstan").GetRawText());
        Assert.Equal("[0,1,1,9,1,1,1,6]", bucket.RootElement.GetProperty("nato").GetRawText());
        Assert.Equal("{\"1\":\"НАТО-ның Бас хатшысы Қазақстанға келді.\",\"2\":\"Қазақстанның сыртқы саясаты.\"}\n", files["search/text/0-0.json"]);
        Assert.Contains("\"url\":\"articles/a2/index.html\"", files["search/articles/0.json"], StringComparison.Ordinal);
    }

    [Fact]
    public void Build_WritesTheParagraphsTexts_TenNumbersAFile_AndEachParagraphInTheFileItsNumberNames()
    {
        var paragraphs = Enumerable.Range(1, 23).Select(n => $"Абзац {n}.").ToArray();

        var files = Build(Article(0, "kk", paragraphs));

        var texts = files.Where(f => f.Key.StartsWith("search/text/", StringComparison.Ordinal)).OrderBy(f => f.Key, StringComparer.Ordinal).ToList();
        Assert.Equal(["search/text/0-0.json", "search/text/0-1.json", "search/text/0-2.json"], texts.Select(f => f.Key));
        var read = texts.SelectMany(f => JsonDocument.Parse(f.Value).RootElement.EnumerateObject().Select(p => (File: f.Key, Number: int.Parse(p.Name, System.Globalization.CultureInfo.InvariantCulture), Text: p.Value.GetString()))).ToList();
        Assert.Equal(paragraphs, read.Select(p => p.Text)); // every paragraph once, in order
        Assert.All(read, p => Assert.Equal($"search/text/0-{p.Number / SearchIndexBuilder.ParagraphsPerTextFile}.json", p.File));
        Assert.Equal(SearchIndexBuilder.ParagraphsPerTextFile, JsonDocument.Parse(files["search/index.json"]).RootElement.GetProperty("paragraphsPerTextFile").GetInt32());
    }

    [Fact]
    public void Build_SplitsBucketsByPrefix_UntilEachIsSmall_AndFilesAKeyUnderItsLongestPrefix()
    {
        var words = Enumerable.Range(0, 4000).Select(i => "сөз" + string.Concat(i.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => (char)('а' + c - '0')))).ToArray();
        var files = Build([.. Enumerable.Range(0, 40).Select(a => Article(a, "kk", string.Join(' ', words.Skip(a * 100).Take(100))))]);

        using var manifest = JsonDocument.Parse(files["search/index.json"]);
        var buckets = manifest.RootElement.GetProperty("buckets").EnumerateArray().Select(b => b.GetString()!).ToList();
        Assert.True(buckets.Count > 2, string.Join(",", buckets));
        Assert.All(files.Where(f => f.Key.StartsWith("search/terms/", StringComparison.Ordinal)), f => Assert.True(f.Value.Length <= SearchIndexBuilder.BucketBytes * 2, f.Key));
        foreach (var word in words.Take(50))
        {
            var key = SearchKey.Of(KazakhStemmer.Stem(word));
            var prefix = buckets.Where(key.StartsWith).MaxBy(b => b.Length)!;
            using var bucket = JsonDocument.Parse(files[$"search/terms/{(prefix.Length == 0 ? "_" : prefix)}.json"]);
            Assert.True(bucket.RootElement.TryGetProperty(key, out _), $"{key} not in bucket '{prefix}'");
        }
    }

    [Fact]
    public void Build_KeepsACommonKeysBestPostingsInItsBucket_AndTheRestApart()
    {
        var articles = Enumerable.Range(0, SearchIndexBuilder.HeadPostings + 50)
            .Select(a => Article(a, "kk", "НАТО " + string.Join(' ', Enumerable.Repeat("сөз", a % 7)) + (a % 10 == 0 ? " НАТО НАТО" : "")))
            .ToArray();

        var files = Build(articles);

        using var bucket = JsonDocument.Parse(files["search/terms/_.json"]);
        var nato = bucket.RootElement.GetProperty("nato").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        Assert.Equal(SearchIndexBuilder.HeadPostings * 4 + 1, nato.Length);
        Assert.Equal(SearchIndexBuilder.HeadPostings + 50, nato[^1]); // the full count ends the array
        using var more = JsonDocument.Parse(files["search/more/nato.json"]);
        Assert.Equal(50 * 4, more.RootElement.GetArrayLength());
        // The head holds the heaviest: every paragraph saying НАТО three times is in it.
        var head = new HashSet<int>();
        for (int i = 0, article = 0; i + 3 < nato.Length; i += 4)
        {
            article += nato[i];
            head.Add(article);
        }

        Assert.All(Enumerable.Range(0, articles.Length).Where(a => a % 10 == 0), a => Assert.Contains(a, head));
    }

    [Fact]
    public void Build_OfACommonKeyWhosePassagesShareParagraphNumbers_GivesEachPartInArticleAndParagraphOrder_OneNumbersPostingsHeaviestFirst()
    {
        // Two passages (a paragraph and a table after it) numbered alike, the lighter first in the article:
        // in every third article both among the heaviest of all (the bucket's part), else both not.
        var articles = Enumerable.Range(0, SearchIndexBuilder.HeadPostings + 50).Select(a => new SearchArticle(
            $"Мақала {a}", $"articles/a{a}/index.html", "kk",
            a % 3 == 0
                ? [new NumberedParagraph(1, "НАТО НАТО сөз сөз"), new NumberedParagraph(1, "НАТО НАТО"), new NumberedParagraph(2, "НАТО сөз")]
                : [new NumberedParagraph(1, "НАТО " + string.Join(' ', Enumerable.Repeat("сөз", 3 + (a % 5)))), new NumberedParagraph(1, "НАТО"), new NumberedParagraph(2, "НАТО сөз")])).ToArray();

        var files = Build(articles);

        // The order as a sort by weight then by article and paragraph (both stable) gives it.
        var postings = articles.SelectMany((article, a) => article.Paragraphs.Select(p => (Article: a, p.Number, Found: SearchParagraph.Of(p.Text, "kk"))))
            .Select(p => (p.Article, Paragraph: p.Number, Count: p.Found.Terms.Single(t => t.Key == "nato").Count, Norm: SearchIndexBuilder.Norm(p.Found.Length)))
            .ToList();
        var byWeight = postings.OrderByDescending(p => p.Count * 2.2 / (p.Count + (1.2 * (0.25 + (0.75 * Math.Pow(2, p.Norm / 4.0) / 100))))).ThenBy(p => p.Article).ThenBy(p => p.Paragraph).ToList();
        static string Encoded(IEnumerable<(int Article, int Paragraph, int Count, int Norm)> part)
        {
            var previous = 0;
            return string.Join(",", part.OrderBy(p => p.Article).ThenBy(p => p.Paragraph).Select(p =>
            {
                var text = $"{p.Article - previous},{p.Paragraph},{p.Count},{p.Norm}";
                previous = p.Article;
                return text;
            }));
        }

        using var bucket = JsonDocument.Parse(files["search/terms/_.json"]);
        Assert.Equal($"[{Encoded(byWeight.Take(SearchIndexBuilder.HeadPostings))},{postings.Count}]", bucket.RootElement.GetProperty("nato").GetRawText());
        Assert.Equal($"[{Encoded(byWeight.Skip(SearchIndexBuilder.HeadPostings))}]\n", files["search/more/nato.json"]);
    }

    [Fact]
    public void Build_WritesAKeyThatJsonEscapes_AsTheSerializerWritesIt()
    {
        var article = Article(0, "kk", "НАТО");
        var files = Build(article with { Terms = [new SearchParagraph(1, [("a\"b\\c", 1), ("nato", 1)])] });

        using var bucket = JsonDocument.Parse(files["search/terms/_.json"]);
        Assert.Equal(["a\"b\\c", "nato"], bucket.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("{\n\"a\\\"b\\\\c\":[0,1,1,0],\n\"nato\":[0,1,1,0]\n}\n", files["search/terms/_.json"]);
    }

    [Fact]
    public void Update_AfterAnArticleChanges_GivesTheFilesABuildFromNothingGives_ReusingTheRest()
    {
        var articles = Enumerable.Range(0, 30).Select(a => Article(a, a % 5 == 0 ? "ru" : "kk", $"НАТО және Қазақстан {a}.", $"Бейбітшілік үшін әріптестік {a * 7}.")).ToList();
        var state = new SearchIndexState();
        var before = new List<SearchArticle>();
        var first = Update(state, articles, before);

        articles[7] = Article(7, "kk", "Мүлде жаңа абзац: Ресей мен Қытай.", "Екінші абзац.", "Үшінші абзац қосылды.");
        var updated = Update(state, articles, before);

        Assert.Equal(Build([.. articles]), updated);
        Assert.Same(first["search/text/3-0.json"], updated["search/text/3-0.json"]); // an unchanged article's files are the last build's strings
        Assert.Contains("\"3\":\"Үшінші абзац қосылды.\"", updated["search/text/7-0.json"], StringComparison.Ordinal);
    }

    [Fact]
    public void Update_AfterAnEditThatChangesNoPosting_KeepsEveryBucket_AndAfterAOneWordEdit_EqualsABuildFromNothing()
    {
        const string Long = "Қазақстан мен НАТО арасындағы ынтымақтастық бейбітшілік үшін әріптестік бағдарламасы аясында жыл сайын кеңейіп келеді";
        var articles = Enumerable.Range(0, 30).Select(a => Article(a, "kk", $"{Long} {a}.", $"Екінші абзац {a}.")).ToList();
        var state = new SearchIndexState();
        var before = new List<SearchArticle>();
        var first = Update(state, articles, before);

        articles[7] = Article(7, "kk", $"{Long} 7!", "Екінші абзац 7.");
        var punctuated = Update(state, articles, before);

        Assert.Equal(Build([.. articles]), punctuated);
        Assert.All(first.Keys.Where(k => k.StartsWith("search/terms/", StringComparison.Ordinal)), k => Assert.Same(first[k], punctuated[k]));
        Assert.NotEqual(first["search/text/7-0.json"], punctuated["search/text/7-0.json"]);

        articles[7] = Article(7, "kk", $"{Long} түзетілді 7.", "Екінші абзац 7.");
        Assert.Equal(Build([.. articles]), Update(state, articles, before));
    }

    [Fact]
    public void Update_WhenOnlyAnArticlesTermsChange_FilesTheNewTerms_AsABuildFromNothingDoes()
    {
        // An index entry's locator moved: the article's paragraphs are the same, its synonyms are not.
        var articles = Enumerable.Range(0, 10).Select(a => WithTerms(Article(a, "kk", $"НАТО және Қазақстан {a}.", $"Екінші абзац {a}."))).ToList();
        var state = new SearchIndexState();
        var before = new List<SearchArticle>();
        Update(state, articles, before);

        var terms = articles[3].Terms;
        articles[3] = articles[3] with { Terms = [terms[0] with { Terms = [.. terms[0].Terms, ("zzsynonym", SearchSynonyms.SynonymCount)] }, terms[1]] };
        var updated = Update(state, articles, before);

        Assert.Equal(Build([.. articles]), updated);
        Assert.Contains(updated, f => f.Value.Contains("\"zzsynonym\"", StringComparison.Ordinal));
    }

    private static SearchArticle WithTerms(SearchArticle article) =>
        article with { Terms = [.. article.Paragraphs.Select(p => SearchParagraph.Of(p.Text, article.Lang))] };

    [Fact]
    public void Update_WhenAnEditAddsAndRemovesKeysOfAnIndexOfManyBuckets_EqualsABuildFromNothing()
    {
        // The sorted keys are kept from update to update: keys put in and taken out must land where a sort puts them.
        var words = Enumerable.Range(0, 4000).Select(i => "сөз" + string.Concat(i.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => (char)('а' + c - '0')))).ToArray();
        var articles = Enumerable.Range(0, 40).Select(a => Article(a, "kk", string.Join(' ', words.Skip(a * 100).Take(100)))).ToList();
        var state = new SearchIndexState();
        var before = new List<SearchArticle>();
        Update(state, articles, before);

        articles[5] = Article(5, "kk", string.Join(' ', words.Skip(500).Take(90)) + " жаңасөз ааааа сөзжжжж");
        Assert.Equal(Build([.. articles]), Update(state, articles, before));
        articles[5] = Article(5, "kk", string.Join(' ', words.Skip(510).Take(90)));
        articles[30] = Article(30, "kk", string.Join(' ', words.Skip(3000).Take(100)) + " ааааа");
        Assert.Equal(Build([.. articles]), Update(state, articles, before));
    }
}
