using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KzEdition.Markdown;

namespace KzEdition.Tests.Markdown;

public sealed class MarkdownPipelineFactoryTests
{
    [Fact]
    public void Create_GivesAKazakhHeadingAnIdOfItsOwnCyrillicWords()
    {
        var heading = Assert.Single(Render("## Қазақстан және НАТО\n").QuerySelectorAll("h2"));

        var id = heading.GetAttribute("id");
        Assert.NotNull(id);
        Assert.Equal("қазақстан-және-нато", id);
        Assert.DoesNotContain("section", id, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_GivesHeadingsWithTheSameTextDistinctIds()
    {
        var ids = Render("## Кіріспе\n\nМәтін.\n\n## Кіріспе\n\n## Қорытынды\n").QuerySelectorAll("h2").Select(h => h.GetAttribute("id")).ToList();

        Assert.Equal(3, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.False(string.IsNullOrEmpty(id)));
        Assert.Equal("кіріспе", ids[0]);
        Assert.Equal("қорытынды", ids[2]);
    }

    [Fact]
    public void Create_DoesNotPassAnHtmlBlockThrough()
    {
        var body = Render("Абзац.\n\n<div class=\"x\"><script>alert(1)</script></div>\n\nКелесі абзац.\n");

        Assert.Empty(body.QuerySelectorAll("div, script"));
        Assert.Contains("<script>alert(1)</script>", body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_DoesNotPassInlineHtmlThrough()
    {
        var body = Render("Қазақстан <b onclick=\"x()\">және</b> НАТО <img src=x>.\n");

        Assert.Empty(body.QuerySelectorAll("b, img"));
        Assert.Equal("Қазақстан <b onclick=\"x()\">және</b> НАТО <img src=x>.", Assert.Single(body.QuerySelectorAll("p")).TextContent);
    }

    [Fact]
    public void Create_DoesNotRenderTheYamlFrontMatter()
    {
        var body = Render("---\nid: 000-abai\ntitle: Абай жолы\n---\n\nБірінші абзац.\n");

        Assert.Equal("Бірінші абзац.", Assert.Single(body.Children).TextContent);
        Assert.DoesNotContain("Абай жолы", body.TextContent, StringComparison.Ordinal);
        Assert.Empty(body.QuerySelectorAll("hr, h2"));
    }

    [Fact]
    public void Create_RendersPipeTablesAndCustomContainers()
    {
        var body = Render("::: table\n**1 кесте.**\n\n|  |  |\n|---|---|\n| Жыл | Саны |\n| 1994 | 12 |\n:::\n");

        var container = Assert.Single(body.QuerySelectorAll("div.table"));
        Assert.Equal(["Жыл", "Саны", "1994", "12"], container.QuerySelectorAll("td").Select(td => td.TextContent));
    }

    [Fact]
    public void Create_GivesIndependentPipelinesThatRenderAlike()
    {
        const string markdown = "## Қазақстан және НАТО\n\nМәтін *екпін* және `код`.\n";

        Assert.Equal(Markdig.Markdown.ToHtml(markdown, MarkdownPipelineFactory.Create()), Markdig.Markdown.ToHtml(markdown, MarkdownPipelineFactory.Create()));
    }

    private static IElement Render(string markdown) =>
        new HtmlParser().ParseDocument(Markdig.Markdown.ToHtml(markdown, MarkdownPipelineFactory.Create())).Body!;
}
