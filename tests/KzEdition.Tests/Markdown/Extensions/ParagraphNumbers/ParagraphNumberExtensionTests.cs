using KzEdition.Markdown;
using KzEdition.Markdown.Rendering;
using KzEdition.Model;

namespace KzEdition.Tests.Markdown.Extensions.ParagraphNumbers;

public sealed class ParagraphNumberExtensionTests
{
    private static readonly Markdig.MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();

    private const string Markdown =
        "Бірінші абзац.\n\n## Тақырып\n\nЕкінші *абзац* `код`\nжолы.\n\n- тізім\n\n  ішіндегі абзац\n\n> дәйексөз\n\n" +
        "::: table\n**1 кесте.**\n\n| a |\n|---|\n| b |\n:::\n\nҮшінші &amp; соңғы.";

    [Fact]
    public void NumbersTheParagraphsOfTheTopLevelOnly_WithAnIdAndANumberThatLinksToIt()
    {
        var html = ArticleBody.Parse(Markdown, Pipeline).RenderHtml(BodyRenderOptions.Plain);

        Assert.StartsWith("<p id=\"p1\"><a class=\"pnum\" href=\"#p1\" title=\"¶ 1\">1</a> Бірінші абзац.</p>\n", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"p2\"><a class=\"pnum\" href=\"#p2\" title=\"¶ 2\">2</a> Екінші <em>абзац</em>", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"p3\"><a class=\"pnum\" href=\"#p3\" title=\"¶ 3\">3</a> Үшінші", html, StringComparison.Ordinal);
        Assert.DoesNotContain("p4", html, StringComparison.Ordinal);
        Assert.Contains("<p>ішіндегі абзац</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void GivesTheParagraphsTexts_AsTheReaderSeesThem()
    {
        var paragraphs = ArticleBody.Parse(Markdown, Pipeline).Paragraphs;

        Assert.Equal(
            [new NumberedParagraph(1, "Бірінші абзац."), new NumberedParagraph(2, "Екінші абзац код\nжолы."), new NumberedParagraph(3, "Үшінші & соңғы.")],
            paragraphs);
    }

    [Fact]
    public void NumbersTheSameTextAlike_OnEveryParse()
    {
        Assert.Equal(
            ArticleBody.Parse(Markdown, Pipeline).RenderHtml(BodyRenderOptions.Plain),
            ArticleBody.Parse(Markdown, MarkdownPipelineFactory.Create()).RenderHtml(BodyRenderOptions.Plain));
    }

    [Fact]
    public void APlainRendering_OfThePipeline_HasNoNumbers()
    {
        Assert.Equal("<p>Бірінші абзац.</p>\n", Markdig.Markdown.ToHtml("Бірінші абзац.", Pipeline));
    }
}
