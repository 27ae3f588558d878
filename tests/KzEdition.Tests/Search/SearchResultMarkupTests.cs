using System.Text.Json;
using Jint;
using AngleSharp.Html.Parser;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Search;

/// <summary>
/// search.js builds a result's markup with DOM calls (issue 19, item 3: titles, URLs and lang from
/// the index went into innerHTML). Run in Jint with a small recording document: what it builds is
/// serialised as a browser serialises a DOM, then read back by an HTML parser.
/// </summary>
public sealed class SearchResultMarkupTests : IDisposable
{
    // A document with just the calls search.js makes, and the HTML serialisation of what they built.
    private const string FakeDocument = """
        function __element(tag) {
          var e = { tag: tag, attributes: [], children: [], className: "" };
          e.setAttribute = function (n, v) { e.attributes.push([n, String(v)]); };
          e.appendChild = function (c) { e.children.push(c); return c; };
          Object.defineProperty(e, "textContent", { set: function (t) { e.children = [{ text: String(t) }]; } });
          return e;
        }
        var __document = { createElement: __element, createTextNode: function (t) { return { text: String(t) }; } };
        function __html(n) {
          var text = function (t) { return t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\u00a0/g, "&nbsp;"); };
          if (n.text !== undefined) { return text(n.text); }
          var attrs = (n.className ? [["class", n.className]] : []).concat(n.attributes);
          return "<" + n.tag + attrs.map(function (a) { return " " + a[0] + "=\"" + a[1].replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/\u00a0/g, "&nbsp;") + "\""; }).join("") + ">" +
            n.children.map(__html).join("") + "</" + n.tag + ">";
        }
        """;

    private readonly Jint.Engine _engine = new();

    public SearchResultMarkupTests()
    {
        _engine.Execute(File.ReadAllText(Path.Combine(RepoPaths.Theme, "assets", "search", "stemmer.js")));
        _engine.Execute(File.ReadAllText(Path.Combine(RepoPaths.Theme, "assets", "search", "search.js")));
        _engine.Execute(FakeDocument);
    }

    public void Dispose() => _engine.Dispose();

    [Fact]
    public void AnOrdinaryResult_IsTheMarkupTheResultsListHadBefore()
    {
        var html = Result(new { url = "articles/ulttyq-qurylys/index.html#p3", title = "Ұлттық құрылыс", lang = "kk", paragraph = 3, snippet = "… елдің <mark>ұлттық</mark> құрылысы &amp; «саясаты» …" });

        Assert.Equal("<li class=\"search-result\"><a href=\"../articles/ulttyq-qurylys/index.html#p3\"><span lang=\"kk\">Ұлттық құрылыс</span>, ¶&nbsp;3</a><p lang=\"kk\">… елдің <mark>ұлттық</mark> құрылысы &amp; «саясаты» …</p></li>", html);
    }

    /// <summary>Hostile titles, slugs, lang and snippets (an index made by hand, or by an older build) are text.</summary>
    [Theory]
    [InlineData("<img src=x onerror=alert(1)>", "articles/x/index.html#p1", "kk", "a <mark>b</mark> c")]
    [InlineData("Т", "javascript:alert(1)", "kk", "a")]
    [InlineData("Т", " JaVa\tScript:alert(1)", "kk", "a")]
    [InlineData("Т", "articles/x\"><img src=x onerror=alert(1)>/index.html", "kk\" onmouseover=\"alert(1)", "a")]
    [InlineData("Т", "articles/x/index.html", "kk", "<img src=x onerror=alert(1)> <mark><script>alert(1)</script></mark> &lt;b&gt;")]
    public void AHostileResult_BuildsNoElementNoHandlerAndNoScriptLink(string title, string url, string lang, string snippet)
    {
        var html = Result(new { url, title, lang, paragraph = 1, snippet });

        var document = new HtmlParser().ParseDocument("<ol>" + html + "</ol>");
        var elements = document.QuerySelector("ol")!.QuerySelectorAll("*").ToList();
        Assert.All(elements, e => Assert.Contains(e.LocalName, new[] { "li", "a", "span", "p", "mark" }));
        Assert.DoesNotContain(elements.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
        Assert.DoesNotContain(elements.Select(e => e.GetAttribute("href")).OfType<string>(), h => h.Contains("script:", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(title, document.QuerySelector("li span[lang]")!.TextContent);
        Assert.Equal(lang, document.QuerySelector("li span[lang]")!.GetAttribute("lang"));
    }

    [Fact]
    public void TheArticleFilter_WritesHostileTitlesAndUrlsAsTextAndValues()
    {
        var articles = JsonSerializer.Serialize(new[] { new { url = "\"><img src=x onerror=alert(1)>", title = "<script>alert(1)</script>", count = 2 } });

        var html = _engine.Evaluate($"KzSearch.articleOptions(__document, 'Барлығы', {articles}, '').map(__html).join('')").AsString();

        var select = new HtmlParser().ParseDocument("<select>" + html + "</select>").QuerySelector("select")!;
        Assert.Equal(["option", "option"], select.Children.Select(c => c.LocalName));
        Assert.Equal("<script>alert(1)</script> (2)", select.Children[1].TextContent);
        Assert.Equal("\"><img src=x onerror=alert(1)>", select.Children[1].GetAttribute("value"));
    }

    private string Result(object result) =>
        _engine.Evaluate($"__html(KzSearch.resultItem(__document, '../', {JsonSerializer.Serialize(result)}))").AsString();
}
