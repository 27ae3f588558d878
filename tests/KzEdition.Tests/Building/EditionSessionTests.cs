using KzEdition.Building;
using KzEdition.Engine.Memo;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Building;

/// <summary>
/// The incremental session: after every kind of edit its output is byte-identical to a plain build
/// of the same input, it redoes only the work the edit calls for, and a failure leaves the last
/// good output in place. The session's store checks every incremental update (the corpus's
/// evidence, the index, the search index) against its module's build from nothing.
/// </summary>
public sealed class EditionSessionTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _input;
    private readonly string _theme;
    private readonly EditionSession _session;

    public EditionSessionTests()
    {
        _input = _temp.CopyFrom(RepoPaths.Input, "input");
        _theme = _temp.CopyFrom(RepoPaths.Theme, "theme");
        _session = new EditionSession(new BuildOptions(_input, _temp.Combine("site"), Theme: _theme), MemoStore.Checking);
    }

    public void Dispose()
    {
        _session.Dispose();
        _temp.Dispose();
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    // The modules whose work the tests count (pipeline/module, as the engine's statistics name them).
    private const string Clean = "Sources/CleanSource";
    private const string Assemble = "ArticleTexts/AssembleArticles";
    private const string Render = "Articles/ParseArticleBody";
    private const string Link = "Articles/RenderArticleBody";
    private const string Layout = "Articles/RenderPage";
    private const string Print = "Print/RenderPage";
    private const string Synonyms = "Synonyms/MakeSearchSynonyms";
    private const string Contents = "Articles/MakeContentsEntry";
    private const string IndexPages = "Indices/RenderPage";

    private async Task<SessionBuild> BuildAsync()
    {
        var build = await _session.BuildAsync(null, Cancel);
        Assert.True(build.Succeeded, string.Join("\n", build.Errors));
        return build;
    }

    /// <summary>The session's output must be what a plain build of the same input makes.</summary>
    private async Task AssertSameAsPlainBuildAsync()
    {
        var plain = _temp.Combine("plain-" + Guid.NewGuid().ToString("N"));
        await EditionBuilder.BuildAsync(new BuildOptions(_input, plain, Theme: _theme), cancellationToken: Cancel);
        Assert.Equal(FolderSnapshot.Take(plain), FolderSnapshot.Take(_session.OutputDirectory));
    }

    private string ArticleFile() => Directory.EnumerateFiles(Path.Combine(_input, "articles"), "*.md").Order(StringComparer.Ordinal).First(f => File.ReadAllText(f).Contains("НАТО", StringComparison.Ordinal));

    [Fact]
    public async Task Build_Unchanged_ChangesNothing_AndRedoesNoWork()
    {
        await BuildAsync();

        var again = await BuildAsync();

        Assert.Empty(again.Changed);
        Assert.All(_session.CacheStatistics.Where(s => s.Key is Render or Clean or Assemble or Layout or Print), s => Assert.Equal(0, s.Value.Misses));
        await AssertSameAsPlainBuildAsync();
    }

    [Fact]
    public async Task Build_AfterAnArticleEdit_RerendersThatArticleAndWhatShowsIt_AndEqualsAPlainBuild()
    {
        await ArticleImporter.ImportAsync(_input, "input", Cancel);
        await BuildAsync();
        var file = ArticleFile();
        var slug = Path.GetFileNameWithoutExtension(file);
        var text = File.ReadAllText(file);
        File.WriteAllText(file, ReplaceFirst(text, "НАТО", "НАТО (Альянс)"));

        var build = await BuildAsync();

        Assert.Contains($"articles/{slug}/index.html", build.Changed);
        Assert.Contains($"articles/{slug}/{slug}.md", build.Changed);
        Assert.Equal((1, 0), (_session.CacheStatistics[Render].Misses, _session.CacheStatistics[Clean].Misses));
        // The print edition: that article's fragment and the new parts; not the frame, the indices (the same index) or the other articles.
        Assert.Equal(2, _session.CacheStatistics[Print].Misses);
        Assert.Contains("print/index.html", build.Changed);
        Assert.DoesNotContain(build.Changed, c => c.StartsWith("articles/", StringComparison.Ordinal) && !c.Contains(slug, StringComparison.Ordinal) && c.EndsWith(".md", StringComparison.Ordinal));
        await AssertSameAsPlainBuildAsync();
    }

    [Fact]
    public async Task Build_AfterASourceEdit_CleansOnlyThatSourceAgain_AndEqualsAPlainBuild()
    {
        await BuildAsync();
        var source = Directory.EnumerateFiles(Path.Combine(_input, "sources"), "004_*.txt").Single();
        File.WriteAllText(source, ReplaceFirst(File.ReadAllText(source), "НАТО ", "НАТО түзетілген "));

        var build = await BuildAsync();

        // A word no other source writes: the corpus's evidence changes, but no other source asked about it.
        Assert.Equal(1, _session.CacheStatistics[Clean].Misses);
        // Nor is it a name: the index is as it was, so its entries are not made search synonyms again.
        Assert.Equal(0, _session.CacheStatistics[Synonyms].Misses);
        Assert.Contains(build.Changed, c => c.StartsWith("articles/", StringComparison.Ordinal) && c.EndsWith(".md", StringComparison.Ordinal));
        var markdown = build.Changed.Where(c => c.EndsWith(".md", StringComparison.Ordinal)).ToList();
        Assert.All(markdown, m => Assert.Contains("түзетілген", File.ReadAllText(Path.Combine(_session.OutputDirectory, m)), StringComparison.Ordinal));
        // Only the edited articles' entries of the table of contents are made again; the others are remembered.
        Assert.Equal(markdown.Count, _session.CacheStatistics[Contents].Misses);
        Assert.True(_session.CacheStatistics[Contents].Hits > 0);
        await AssertSameAsPlainBuildAsync();
    }

    [Fact]
    public async Task Build_AfterATemplateEdit_RerendersPagesWithoutCleaningAgain_AndEqualsAPlainBuild()
    {
        await BuildAsync();
        TextFiles.Replace(Path.Combine(_theme, "layouts", "article.html"), "<nav class=\"pager\"", "<hr class=\"edited\">\n  <nav class=\"pager\"");

        var build = await BuildAsync();

        Assert.Equal(0, _session.CacheStatistics[Clean].Misses);
        Assert.Equal(0, _session.CacheStatistics[Render].Misses);
        Assert.Contains(build.Changed, c => c.StartsWith("articles/", StringComparison.Ordinal) && c.EndsWith("/index.html", StringComparison.Ordinal));
        Assert.DoesNotContain("index.html", build.Changed); // the home page does not use that layout
        await AssertSameAsPlainBuildAsync();
    }

    [Fact]
    public async Task Build_AfterEditsOfTermsSettingsAndPages_EqualsAPlainBuild()
    {
        await BuildAsync();

        TextFiles.Replace(Path.Combine(_input, "editorial", "terms.yml"), "  - name: Қытай\n    type: place\n", "  - name: Қытай\n    type: place\n    description: Шығыс Азиядағы мемлекет.\n");
        await BuildAsync();
        await AssertSameAsPlainBuildAsync();

        TextFiles.Replace(Path.Combine(_input, "edition.yml"), "year: 2026", "year: 2027");
        await BuildAsync();
        await AssertSameAsPlainBuildAsync();

        var about = Path.Combine(_input, "pages", "about.md");
        File.AppendAllText(about, "\nҚосымша абзац.\n");
        await BuildAsync();
        await AssertSameAsPlainBuildAsync();
    }

    [Fact]
    public async Task Build_WhenAHandCorrectedFileIsRemoved_DeletesWhatOnlyItMade_AndEqualsAPlainBuild()
    {
        await ArticleImporter.ImportAsync(_input, "input", Cancel);
        var file = ArticleFile();
        File.WriteAllText(file, ReplaceFirst(File.ReadAllText(file), "НАТО", "НАТО-ОТАН"));
        await BuildAsync();

        File.Delete(file);
        await BuildAsync();

        await AssertSameAsPlainBuildAsync();
    }

    [Fact]
    public async Task Build_WhenTheIndexGainsAnAcronymOrALinkChanges_LinksAgainOnlyThePagesThatHaveItsWords_AndEqualsAPlainBuild()
    {
        await ArticleImporter.ImportAsync(_input, "input", Cancel);
        await BuildAsync();
        var articles = Directory.GetFiles(Path.Combine(_input, "articles"), "*.md").Length;
        var file = ArticleFile();
        var text = File.ReadAllText(file);

        // A new acronym in one article: a new index entry, and so a new index; the other pages do not have its letters.
        File.WriteAllText(file, ReplaceFirst(text, "НАТО", "НАТО мен ҚЖБА"));
        var acronym = await BuildAsync();
        Assert.Contains("index/acronyms/index.html", acronym.Changed);
        Assert.Equal(1, _session.CacheStatistics[Link].Misses);
        Assert.True(_session.CacheStatistics[Link].Hits >= articles - 1, $"{Link}: {_session.CacheStatistics[Link]} of {articles} pages");
        await AssertSameAsPlainBuildAsync();

        // Another article gives the acronym's expansion: the entry's link changes (it gains a title), so the first
        // article's page, unchanged itself, must be linked again; the pages without ҚЖБА need not be.
        var other = Directory.EnumerateFiles(Path.Combine(_input, "articles"), "*.md").Order(StringComparer.Ordinal)
            .First(f => f != file && File.ReadAllText(f).Contains("НАТО", StringComparison.Ordinal));
        File.WriteAllText(other, ReplaceFirst(File.ReadAllText(other), "НАТО", "НАТО және Қазақ жастарының бірлестігі алаңы (ҚЖБА)"));
        var expansion = await BuildAsync();
        var page = $"articles/{Path.GetFileNameWithoutExtension(file)}/index.html";
        Assert.Contains(page, expansion.Changed);
        Assert.Contains("title=\"Қазақ жастарының бірлестігі алаңы\"", File.ReadAllText(Path.Combine(_session.OutputDirectory, page)), StringComparison.Ordinal);
        Assert.True(_session.CacheStatistics[Link].Hits >= articles - 2, $"{Link}: {_session.CacheStatistics[Link]} of {articles} pages");
        await AssertSameAsPlainBuildAsync();
    }

    [Fact]
    public async Task Build_AfterANewParagraph_RendersAgainOnlyTheIndexEntriesThatCiteTheArticle_OnTheSiteAndInPrint_AndEqualsAPlainBuild()
    {
        await ArticleImporter.ImportAsync(_input, "input", Cancel);
        await BuildAsync();
        var file = ArticleFile();
        var slug = Path.GetFileNameWithoutExtension(file);
        var entries = IndexEntries().ToList();
        var citing = entries.Count(e => e.Contains($"articles/{slug}/", StringComparison.Ordinal));
        Assert.InRange(citing, 1, entries.Count - 1);
        var printEntries = File.ReadAllText(Path.Combine(_session.OutputDirectory, "print", "index.html")).Split("<p class=\"index-entry\"", StringSplitOptions.None).Skip(1).ToList();
        var printCiting = printEntries.Count(e => e.Contains($"#a-{slug}--", StringComparison.Ordinal));
        Assert.InRange(printCiting, 1, printEntries.Count - 1);

        // A paragraph before the first: every later paragraph's number moves, and so the article's locators in the indices.
        var text = File.ReadAllText(file);
        var body = text.IndexOf("---\n\n", 4, StringComparison.Ordinal) + "---\n\n".Length;
        File.WriteAllText(file, text[..body] + "Жаңа абзац, редактор қосқан.\n\n" + text[body..]);
        var build = await BuildAsync();

        // Each entry is a fragment of its page, rendered on its own: the entries that cite the article again,
        // and the index pages around them (a page is cheap without its entries); the other entries are remembered.
        // Their models too: only the rows that cite the article are made again (and cross-references, whose
        // row holds the entry they point to: their model comes out the same, so their fragments are remembered).
        var crossReferences = entries.Count(e => e.StartsWith(" id=\"see-", StringComparison.Ordinal));
        var printCrossReferences = printEntries.Count(e => e.Contains(" — <i>", StringComparison.Ordinal));
        Assert.InRange(_session.CacheStatistics["Indices/MakeIndexEntryModel"].Misses, 1, citing + crossReferences);
        Assert.InRange(_session.CacheStatistics["Print/MakePrintIndexEntryModel"].Misses, 1, printCiting + printCrossReferences);
        Assert.True(citing + crossReferences < entries.Count && printCiting + printCrossReferences < printEntries.Count);
        var rendered = _session.CacheStatistics[IndexPages];
        Assert.InRange(rendered.Misses, 1, citing + 7);
        Assert.True(rendered.Hits >= entries.Count - citing, $"{IndexPages}: {rendered} of {entries.Count} entries, {citing} citing the article");
        Assert.Contains(build.Changed, c => c.StartsWith("index/", StringComparison.Ordinal));

        // So are the print edition's indices: their entries that cite the article, the article's fragment, the indices', the frame.
        var print = _session.CacheStatistics[Print];
        Assert.InRange(print.Misses, 1, printCiting + 3);
        Assert.True(print.Hits >= printEntries.Count - printCiting, $"{Print}: {print} of {printEntries.Count} entries, {printCiting} citing the article");
        await AssertSameAsPlainBuildAsync();
    }

    /// <summary>Each entry of the index pages the session wrote, as its HTML (from its opening tag to the next entry's).</summary>
    private IEnumerable<string> IndexEntries() =>
        Directory.EnumerateFiles(Path.Combine(_session.OutputDirectory, "index"), "index.html", SearchOption.AllDirectories)
            .SelectMany(f => File.ReadAllText(f).Split("<li class=\"index-entry\"", StringSplitOptions.None).Skip(1));

    [Fact]
    public async Task Build_GivenTheWatchersChanges_LooksOnlyAtTheCorrectedArticlesItNames()
    {
        await ArticleImporter.ImportAsync(_input, "input", Cancel);
        await BuildAsync();
        var file = ArticleFile();
        var slug = Path.GetFileNameWithoutExtension(file);
        var text = File.ReadAllText(file);

        // Named: read, and the page changes.
        File.WriteAllText(file, ReplaceFirst(text, "НАТО", "НАТО-ОТАН"));
        var named = await _session.BuildAsync([file], Cancel);
        Assert.True(named.Succeeded, string.Join("\n", named.Errors));
        Assert.Contains($"articles/{slug}/index.html", named.Changed);
        await AssertSameAsPlainBuildAsync();

        // Not named (the watcher saw another file change): not even looked at, so the page stays.
        File.WriteAllText(file, ReplaceFirst(text, "НАТО", "НАТО-ҚАЗАҚ"));
        var other = await _session.BuildAsync([Path.Combine(_input, "pages", "about.md")], Cancel);
        Assert.True(other.Succeeded, string.Join("\n", other.Errors));
        Assert.DoesNotContain($"articles/{slug}/index.html", other.Changed);

        // Its folder named (a folder moved in whole is one event): looked at. (A watcher that loses
        // track of events makes the preview give null: everything is looked at.)
        var folder = await _session.BuildAsync([Path.Combine(_input, "articles")], Cancel);
        Assert.Contains($"articles/{slug}/index.html", folder.Changed);
        await AssertSameAsPlainBuildAsync();
    }

    [Fact]
    public async Task Build_AfterAFailedBuild_TheChangesItWasGivenCountAgain_AndAnErrorStaysAnError()
    {
        await ArticleImporter.ImportAsync(_input, "input", Cancel);
        await BuildAsync();
        var file = ArticleFile();
        var slug = Path.GetFileNameWithoutExtension(file);
        var text = File.ReadAllText(file);
        var settings = Path.Combine(_input, "edition.yml");
        var goodSettings = File.ReadAllText(settings);

        // The article edited and edition.yml broken at once: the build stops before the articles are read.
        File.WriteAllText(file, ReplaceFirst(text, "НАТО", "НАТО-ОТАН"));
        File.WriteAllText(settings, goodSettings + "colour: blue\n");
        Assert.False((await _session.BuildAsync([file, settings], Cancel)).Succeeded);

        // Only edition.yml fixed: the article's edit, given to the failed build, is still seen.
        File.WriteAllText(settings, goodSettings);
        var fixedBuild = await _session.BuildAsync([settings], Cancel);
        Assert.True(fixedBuild.Succeeded, string.Join("\n", fixedBuild.Errors));
        Assert.Contains($"articles/{slug}/index.html", fixedBuild.Changed);
        await AssertSameAsPlainBuildAsync();

        // A corrected article in error stays in error while another file changes.
        File.WriteAllText(file, "---\ntitle: [unclosed\n---\n\nМәтін.\n");
        var broken = await _session.BuildAsync([file], Cancel);
        var still = await _session.BuildAsync([Path.Combine(_input, "pages", "about.md")], Cancel);
        foreach (var build in new[] { broken, still })
        {
            Assert.False(build.Succeeded);
            Assert.Contains(build.Errors, e => e.File?.EndsWith($"{slug}.md", StringComparison.Ordinal) == true);
        }
    }

    [Fact]
    public async Task StaleAbstract_AThemeThatShowsAbstractsOnTheHomePage_ShowsTheEditedAbstract()
    {
        // The case of issue 13: a theme whose home page shows each article's abstract in the table of
        // contents, and an edit of the abstract of the article that has one. The plain build shows the
        // new abstract; the preview kept the old one, because its memory was keyed by hand and left
        // abstracts out of the home page's key.
        var home = Path.Combine(_theme, "layouts", "home.html");
        var layout = File.ReadAllText(home);
        var loop = "<li class=\"toc-entry\">";
        Assert.Contains(loop, layout, StringComparison.Ordinal);
        File.WriteAllText(home, layout.Replace(loop, loop + "{{ if a.abstract }}{{ a.abstract | html.escape }}{{ end }}", StringComparison.Ordinal));
        await ArticleImporter.ImportAsync(_input, "input", Cancel);
        await BuildAsync();
        var file = Directory.EnumerateFiles(Path.Combine(_input, "articles"), "*.md").Single(f => File.ReadAllText(f).Contains("\nabstract:", StringComparison.Ordinal));
        var text = File.ReadAllText(file);

        File.WriteAllText(file, text.Replace("\nabstract: ", "\nabstract: Жаңа аңдатпа. ", StringComparison.Ordinal));
        var build = await _session.BuildAsync([file], Cancel);

        Assert.True(build.Succeeded, string.Join("\n", build.Errors));
        Assert.Contains("index.html", build.Changed);
        Assert.Contains("Жаңа аңдатпа.", File.ReadAllText(Path.Combine(_session.OutputDirectory, "index.html")), StringComparison.Ordinal);
        await AssertSameAsPlainBuildAsync();
    }

    [Fact]
    public async Task Build_WhenATemplateBreaks_ReportsItAndKeepsTheLastGoodOutput_ThenRecovers()
    {
        await BuildAsync();
        var before = FolderSnapshot.Take(_session.OutputDirectory);
        var layout = Path.Combine(_theme, "layouts", "home.html");
        var good = File.ReadAllText(layout);
        File.WriteAllText(layout, good + "\n{{ if }}\n");

        var broken = await _session.BuildAsync(null, Cancel);

        Assert.False(broken.Succeeded);
        Assert.Contains(broken.Errors, e => e.File?.EndsWith("home.html", StringComparison.Ordinal) == true && e.Line > 0);
        Assert.Equal(before, FolderSnapshot.Take(_session.OutputDirectory));

        File.WriteAllText(layout, good);
        var fixedBuild = await BuildAsync();
        Assert.Empty(fixedBuild.Changed);
        await AssertSameAsPlainBuildAsync();
    }

    private static string ReplaceFirst(string text, string what, string with)
    {
        var at = text.IndexOf("\n\n", StringComparison.Ordinal);
        at = text.IndexOf(what, at < 0 ? 0 : at, StringComparison.Ordinal);
        return text[..at] + with + text[(at + what.Length)..];
    }
}
