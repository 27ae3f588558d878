using AngleSharp.Html.Parser;
using KzEdition.Engine;
using KzEdition.Markdown;
using KzEdition.Markdown.Extensions.LinkSchemes;
using KzEdition.Markdown.Rendering;

namespace KzEdition.Tests.Markdown.Extensions;

/// <summary>
/// Links lead to http, https, mailto or a relative address only (issue 19, item 4): in the edition's
/// pages (Markdig's own HTML renderer) and in article bodies (the edition's renderer) alike.
/// </summary>
public sealed class LinkSchemeFilterTests
{
    /// <summary>The links and their disguises: each must come out as text, with no href or src.</summary>
    public static TheoryData<string, string> Refused => new()
    {
        { "[here](javascript:alert(1))", "here" },
        { "<javascript:alert(1)>", "javascript:alert(1)" },
        { "[here](JaVaScRiPt:alert(1))", "here" },
        { "[here](java&#x09;script:alert(1))", "here" },
        { "[here](&#x20;javascript:alert(1))", "here" },
        { "[here](javascript&#58;alert(1))", "here" },
        { "[here](vbscript:msgbox(1))", "here" },
        { "[here](data:text/html,<script>alert(1)</script>)", "here" },
        { "[here](file:///etc/passwd)", "here" },
        { "![a picture](data:image/svg+xml,<svg onload=alert(1)>)", "a picture" },
        { "[here][r]\n\n[r]: javascript:alert(1)", "here" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void ALinkToAnotherScheme_IsItsText_InAPageAndInAnArticleBody(string markdown, string text)
    {
        foreach (var html in new[] { Page(markdown), Body(markdown) })
        {
            var document = new HtmlParser().ParseDocument(html);
            Assert.Empty(document.QuerySelectorAll("a[href]:not(.pnum), img[src]")); // the paragraph number is a link to #pN
            Assert.Contains(text, document.Body!.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain("script:", string.Concat(document.All.SelectMany(e => e.Attributes).Select(a => a.Value)), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("[a](https://example.org/x)", "https://example.org/x")]
    [InlineData("[a](http://example.org)", "http://example.org")]
    [InlineData("[a](mailto:editor@example.org)", "mailto:editor@example.org")]
    [InlineData("[a](../report.html#x)", "../report.html#x")]
    [InlineData("[a](#p3)", "#p3")]
    [InlineData("[a](articles/x/index.html?q=a:b)", "articles/x/index.html?q=a:b")]
    [InlineData("<https://example.org>", "https://example.org")]
    [InlineData("www.example.org", "http://www.example.org")]
    public void ALinkToHttpHttpsMailtoOrARelativeAddress_StaysALink(string markdown, string href)
    {
        var link = new HtmlParser().ParseDocument(Page(markdown)).QuerySelector("a");

        Assert.Equal(href, link?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("# Heading {onclick=\"alert(1)\"}")]
    [InlineData("Text [a](https://example.org){onmouseover=\"alert(1)\"}")]
    [InlineData("Text [a](https://example.org){data-x=\"javascript:alert(1)\"}")]
    [InlineData("# Heading {style=\"background:url(javascript:alert(1))\"}")]
    public void AnAttributeThatCouldRunScript_IsDropped(string markdown)
    {
        foreach (var html in new[] { Page(markdown), Body(markdown) })
        {
            var document = new HtmlParser().ParseDocument(html);
            var attributes = document.Body!.QuerySelectorAll("*").SelectMany(e => e.Attributes).ToList();
            Assert.DoesNotContain(attributes, a => a.Name.StartsWith("on", StringComparison.Ordinal) || a.Name == "style" || a.Value.Contains("javascript", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void TheReader_WarnsOfEachRefusedLink_WithTheFilesLineAndColumn()
    {
        var warnings = new List<Diagnostic>();
        const string markdown = "---\ntitle: Бет\n---\n\nМәтін [мұнда](javascript:alert(1)) және <vbscript:x>.\n\n[жақсы](https://example.org)\n";

        ArticleMarkdownReader.Read(markdown, "input/pages/about.md", MarkdownPipelineFactory.Shared, warnings.Add);

        Assert.Equal(
            [
                "input/pages/about.md(5,7): warning: a link to 'javascript:alert(1)' is shown as text: links lead to http, https, mailto or a relative address only",
                "input/pages/about.md(5,41): warning: a link to 'vbscript:x' is shown as text: links lead to http, https, mailto or a relative address only",
            ],
            warnings.Select(w => w.ToString()));
    }

    [Theory]
    [InlineData("javascript:alert(1)", false)]
    [InlineData(" \u0001javascript:alert(1)", false)]
    [InlineData("java\nscript:alert(1)", false)]
    [InlineData("DATA:text/html,x", false)]
    [InlineData("HTTPS://example.org", true)]
    [InlineData("/absolute/path", true)]
    [InlineData("page.html#a:b", true)]
    [InlineData("", true)]
    public void IsAllowed_ReadsTheSchemeAsABrowserDoes(string url, bool allowed)
    {
        Assert.Equal(allowed, LinkSchemeFilter.IsAllowed(url));
    }

    private static string Page(string markdown) => Markdig.Markdown.ToHtml(markdown, MarkdownPipelineFactory.Shared);

    private static string Body(string markdown) => ArticleBody.Parse(markdown, MarkdownPipelineFactory.Shared).RenderHtml(BodyRenderOptions.Plain);
}
