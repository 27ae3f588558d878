using AngleSharp.Html.Parser;
using KzEdition.Building;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.EndToEnd;

/// <summary>
/// The article 000 and lines 21–490 of 002 both carry is one article with two witnesses. The real
/// witnesses agree word for word, and the page says so; a changed word in one of them shows on
/// the page as a variant note naming both readings and the line.
/// </summary>
public sealed class WitnessVariantsTests : IDisposable
{
    private const string MergedArticle = "articles/qazaqstan-nato-yntymaqtastygynyn-askeri-saiasi-aspektileri/index.html";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Page_OfTwoWitnessesThatAgree_SaysTheyAgreeWordForWord()
    {
        var output = _temp.Combine("site");
        await EditionBuilder.BuildAsync(new BuildOptions(RepoPaths.Input, output, Theme: RepoPaths.Theme), cancellationToken: TestContext.Current.CancellationToken);

        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, MergedArticle)));

        Assert.Equal(2, page.QuerySelectorAll(".witnesses li").Length);
        Assert.Contains("сөзбе-сөз сәйкес", page.QuerySelector(".witnesses")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll(".note-variant"));
    }

    [Fact]
    public async Task Page_OfTwoWitnessesThatDifferInAWord_ShowsTheVariantWithItsLine()
    {
        var input = _temp.CopyFrom(RepoPaths.Input, "input");
        var source = Path.Combine(input, "sources", "002_c7ff2cc66a30f6af.txt");
        var lines = File.ReadAllLines(source);
        var line = Array.FindIndex(lines, l => l.Contains("Жоспарға қолдың қойылуына орай", StringComparison.Ordinal));
        Assert.True(line > 0);
        lines[line] = lines[line].Replace("қолдың", "қолдардың", StringComparison.Ordinal);
        File.WriteAllText(source, string.Join('\n', lines) + "\n");
        var output = _temp.Combine("site");

        await EditionBuilder.BuildAsync(new BuildOptions(input, output, Theme: RepoPaths.Theme), cancellationToken: TestContext.Current.CancellationToken);

        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, MergedArticle)));
        var variant = Assert.Single(page.QuerySelectorAll(".note-variant"));
        Assert.Contains("«қолдардың»", variant.TextContent, StringComparison.Ordinal);
        Assert.Contains("«қолдың»", variant.TextContent, StringComparison.Ordinal);
        Assert.Contains($"002_c7ff2cc66a30f6af.txt, {line + 1}-жол", variant.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("сөзбе-сөз сәйкес", page.QuerySelector(".witnesses")!.TextContent, StringComparison.Ordinal);
    }
}
