using System.Text.Json;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.EndToEnd;

/// <summary>
/// The cleaned Markdown of every article of the real input, compared with the golden files in
/// Golden/RealInput/ (one per article id). They were reviewed by reading: they must read like
/// the printed articles. A cleaner change shows here as a diff to review.
/// </summary>
public sealed class GoldenArticlesTests(BuiltEdition edition) : IClassFixture<BuiltEdition>
{
    public static TheoryData<string> ArticleIds() => [.. GoldenIds()];

    private static IEnumerable<string> GoldenIds() =>
        Directory.EnumerateFiles(Golden.Folder("RealInput"), "*.md").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal);

    [Fact]
    public void EveryArticle_HasAGoldenFile_AndEveryGoldenFileAnArticle()
    {
        var ids = Manifest().Select(a => a.Id).Order(StringComparer.Ordinal).ToList();
        if (Golden.Updating)
        {
            foreach (var stale in Directory.EnumerateFiles(Golden.Folder("RealInput"), "*.md").Where(f => !ids.Contains(Path.GetFileNameWithoutExtension(f))))
            {
                File.Delete(stale);
            }

            foreach (var article in Manifest())
            {
                Golden.Check(Golden.Folder("RealInput", article.Id + ".md"), File.ReadAllText(Path.Combine(edition.Output, article.Markdown)));
            }
        }

        Assert.Equal(ids, GoldenIds());
    }

    [Theory]
    [MemberData(nameof(ArticleIds))]
    public void CleanedMarkdown_MatchesItsGoldenFile(string id)
    {
        var matches = Manifest().Where(a => a.Id == id).ToList();
        Assert.True(matches.Count == 1, $"The golden file {id}.md names no article of the build.");
        var article = matches[0];
        Golden.Check(Golden.Folder("RealInput", id + ".md"), File.ReadAllText(Path.Combine(edition.Output, article.Markdown)));
    }

    private List<(string Id, string Markdown)> Manifest()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(edition.Output, "edition.json")));
        return [.. manifest.RootElement.GetProperty("articles").EnumerateArray().Select(a => (a.GetProperty("id").GetString()!, a.GetProperty("markdown").GetString()!))];
    }
}
