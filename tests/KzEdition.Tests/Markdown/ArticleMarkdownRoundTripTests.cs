using KzEdition.Engine;
using KzEdition.Markdown;
using KzEdition.Model;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Markdown;

/// <summary>
/// The cleaned Markdown reads back into the same article: writing what was read gives the same
/// text, byte for byte, for every article of the real input (the golden files).
/// </summary>
public sealed class ArticleMarkdownRoundTripTests
{
    private static readonly Markdig.MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();

    public static TheoryData<string> GoldenFiles() =>
        [.. Directory.EnumerateFiles(Golden.Folder("RealInput"), "*.md").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(GoldenFiles))]
    public void ReadThenWrite_GivesTheSameMarkdown(string file)
    {
        var markdown = File.ReadAllText(Golden.Folder("RealInput", file));

        var (frontMatter, body) = ArticleMarkdownReader.Read(markdown, file, Pipeline);
        var article = frontMatter.ToArticle(body, Placeholder());

        Assert.Equal(markdown, ArticleMarkdownWriter.Write(article));
    }

    [Fact]
    public void Read_ResolvesEscapes_SoTheTextIsTheSourcesOwn()
    {
        var markdown = "---\nid: x\n---\n\n1\\. Not a list \\*but\\* text with a \\| and \\_under\\_.\n\n\\# Not a heading\n";

        var (_, body) = ArticleMarkdownReader.Read(markdown, "x.md", Pipeline);

        Assert.Equal([new Paragraph("1. Not a list *but* text with a | and _under_."), new Paragraph("# Not a heading")], body);
    }

    [Theory]
    [InlineData("---\nid: x\n---\n\nText.\n\n```\ncode\n```\n", 7, "code block")]
    [InlineData("---\nid: x\n---\n\n> quoted\n", 5, "quotation block")]
    [InlineData("---\nid: x\n---\n\nText.\n\n***\n", 7, "horizontal rule")]
    [InlineData("---\nid: x\n---\n\n# Title\n", 5, "level-1 heading")]
    public void Read_WhenTheTextHoldsWhatAnArticleCannot_ReportsTheLine(string markdown, int line, string what)
    {
        var error = Assert.Throws<BuildException>(() => ArticleMarkdownReader.Read(markdown, "input/articles/x.md", Pipeline));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(("input/articles/x.md", line), (diagnostic.File, diagnostic.Line));
        Assert.Contains(what, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenTheFrontMatterHasAnUnknownKey_ReportsItsLine()
    {
        var error = Assert.Throws<BuildException>(() => ArticleMarkdownReader.Read("---\nid: x\ntilte: y\n---\n\nText.\n", "x.md", Pipeline));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(3, diagnostic.Line);
        Assert.Contains("tilte", diagnostic.Message, StringComparison.Ordinal);
    }

    private static Article Placeholder() => new()
    {
        Id = "placeholder",
        Slug = "placeholder",
        Title = "placeholder",
        TitleSource = TitleSource.Derived,
        Lang = "kk",
        Status = ArticleStatus.Complete,
        Witnesses = [],
        Body = [],
    };
}
