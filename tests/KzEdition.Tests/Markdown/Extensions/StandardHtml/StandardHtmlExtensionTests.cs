using KzEdition.Markdown;
using KzEdition.Markdown.Rendering;

namespace KzEdition.Tests.Markdown.Extensions.StandardHtml;

public sealed class StandardHtmlExtensionTests
{
    private static readonly Markdig.MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();

    private static string Render(string markdown) => ArticleBody.Parse(markdown, Pipeline).RenderHtml(BodyRenderOptions.Plain);

    [Fact]
    public void Text_IsSerializedAsTheHtmlStandardDoes()
    {
        var html = Render("- \"НАТО\" & <b>\u00A0x\n");

        Assert.Equal("<ul>\n<li>\"НАТО\" &amp; &lt;b&gt;&nbsp;x</li>\n</ul>\n", html);
    }

    [Fact]
    public void VoidElements_AreWrittenWithoutASlash()
    {
        var html = Render("жол  \nжол\n\n---\n\n![сурет \"a\"](a.png)\n\n- [x] іс\n");

        Assert.Contains("жол<br>\nжол", html, StringComparison.Ordinal);
        Assert.Contains("<hr>\n", html, StringComparison.Ordinal);
        Assert.Contains("<img src=\"a.png\" alt=\"сурет &quot;a&quot;\">", html, StringComparison.Ordinal);
        Assert.Contains("<input disabled=\"disabled\" type=\"checkbox\" checked=\"checked\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Attributes_EscapeQuotesAnglesAndNoBreakSpaces()
    {
        var html = Render("[НАТО](https://www.nato.int?a=1&b=2 \"a \\\"b\\\" <c>\u00A0d\")\n");

        Assert.Contains("<a href=\"https://www.nato.int?a=1&amp;b=2\" title=\"a &quot;b&quot; &lt;c&gt;&nbsp;d\">НАТО</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ColumnWidths_AreInAColumnGroup_AsTheParserPutsThem()
    {
        var html = Render("+---+-----+\n| a | b   |\n+===+=====+\n| 1 | 2   |\n+---+-----+\n");

        Assert.StartsWith("<table>\n<colgroup><col style=\"width:37.5%\">\n<col style=\"width:62.5%\">\n</colgroup><thead>\n", html, StringComparison.Ordinal);
    }

    [Fact]
    public void AttributesWithOneName_KeepTheFirst_InLowerCase()
    {
        Assert.StartsWith("<h1 id=\"my-id\" class=\"cls\" data-x=\"1\">", Render("# Тақырып {#my-id .cls data-X=1 id=zz}\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void APlainHtmlRenderer_OfTheSamePipeline_StillWritesAsMarkdigDoes()
    {
        Assert.Equal("<p>&quot;НАТО&quot;<br />\nx</p>\n", Markdig.Markdown.ToHtml("\"НАТО\"  \nx\n", Pipeline));
    }
}
