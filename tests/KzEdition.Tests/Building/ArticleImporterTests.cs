using KzEdition.Building;
using KzEdition.Engine;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Building;

/// <summary>
/// import writes every article's cleaned Markdown into input/articles/ for hand correction and
/// never overwrites a file an editor changed; the build then uses the corrected files.
/// </summary>
public sealed class ArticleImporterTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _input;

    public ArticleImporterTests() => _input = _temp.CopyFrom(RepoPaths.Input, "input");

    public void Dispose() => _temp.Dispose();

    private string Articles => Path.Combine(_input, "articles");

    [Fact]
    public async Task Import_WritesOneFilePerArticle_AndTouchesNothingElseOfTheInput()
    {
        var before = FolderSnapshot.Take(_input);

        var outcomes = await Import();

        Assert.NotEmpty(outcomes);
        Assert.All(outcomes, o => Assert.Equal(ImportAction.Written, o.Action));
        var after = FolderSnapshot.Take(_input);
        Assert.Equal(before, after.Where(f => !f.Key.StartsWith("articles/", StringComparison.Ordinal)).ToDictionary());
        Assert.Equal(outcomes.Length + 1, after.Count(f => f.Key.StartsWith("articles/", StringComparison.Ordinal))); // and the record
    }

    [Fact]
    public async Task Import_Again_LeavesAFileAnEditorChanged_AndSaysSo()
    {
        var first = await Import();
        var edited = Path.Combine(Articles, Path.GetFileName(first[0].Path));
        File.AppendAllText(edited, "\nРедактордың қосқан абзацы.\n");
        var editorsText = File.ReadAllText(edited);

        var second = await Import();

        Assert.Equal(ImportAction.KeptEditorsVersion, second.Single(o => o.ArticleId == first[0].ArticleId).Action);
        Assert.All(second.Where(o => o.ArticleId != first[0].ArticleId), o => Assert.Equal(ImportAction.Unchanged, o.Action));
        Assert.Equal(editorsText, File.ReadAllText(edited));
    }

    [Fact]
    public async Task Import_NeverOverwritesAFileItDidNotWrite()
    {
        var first = await Import();
        File.Delete(Path.Combine(Articles, ArticleImporter.RecordFile));
        var path = Path.Combine(Articles, Path.GetFileName(first[1].Path));
        File.WriteAllText(path, "---\ntitle: Редактордың файлы\n---\n\nМәтін.\n");

        var second = await Import();

        Assert.Equal(ImportAction.KeptEditorsVersion, second.Single(o => o.ArticleId == first[1].ArticleId).Action);
        Assert.Equal("---\ntitle: Редактордың файлы\n---\n\nМәтін.\n", File.ReadAllText(path));
    }

    [Fact]
    public async Task Build_AfterImportWithoutChanges_GivesTheSameSite()
    {
        var automatic = _temp.Combine("automatic");
        await Build(automatic);
        await Import();

        var corrected = _temp.Combine("corrected");
        await Build(corrected);

        Assert.Equal(FolderSnapshot.Take(automatic), FolderSnapshot.Take(corrected));
    }

    [Fact]
    public async Task Build_UsesAnEditorsCorrections_TitleAndText()
    {
        var outcomes = await Import();
        var file = Path.Combine(Articles, Path.GetFileName(outcomes[0].Path));
        File.WriteAllText(file, "---\ntitle: Редакторлар түзеткен тақырып\n---\n\nРедакторлар түзеткен жалғыз абзац [1].\n");

        var output = _temp.Combine("site");
        await Build(output);

        var page = File.ReadAllText(Directory.EnumerateFiles(Path.Combine(output, "articles"), "index.html", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}latn{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Single(p => File.ReadAllText(p).Contains("Редакторлар түзеткен жалғыз абзац", StringComparison.Ordinal)));
        Assert.Contains("[Редакторлар түзеткен тақырып]", page, StringComparison.Ordinal);
        var manifest = File.ReadAllText(Path.Combine(output, "edition.json"));
        Assert.Contains("\"title\": \"Редакторлар түзеткен тақырып\"", manifest, StringComparison.Ordinal);
        Assert.Contains("\"titleSource\": \"editorial\"", manifest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_WhenACorrectedFileNamesNoArticle_FailsNamingTheFile()
    {
        Directory.CreateDirectory(Articles);
        File.WriteAllText(Path.Combine(Articles, "no-such-article.md"), "---\n---\n\nМәтін.\n");

        var error = await Assert.ThrowsAsync<PipelineException>(() => Build(_temp.Combine("site")));

        var diagnostic = Assert.Single(((BuildException)error.InnerException!).Diagnostics);
        Assert.Equal(Path.Combine(_input, "articles", "no-such-article.md"), diagnostic.File);
        Assert.Contains("no article has the slug 'no-such-article'", diagnostic.Message, StringComparison.Ordinal);
    }

    private Task<System.Collections.Immutable.ImmutableArray<ImportOutcome>> Import() =>
        ArticleImporter.ImportAsync(_input, _input, TestContext.Current.CancellationToken);

    private Task<BuildResult> Build(string output) =>
        EditionBuilder.BuildAsync(new BuildOptions(_input, output, Theme: RepoPaths.Theme), cancellationToken: TestContext.Current.CancellationToken);
}
