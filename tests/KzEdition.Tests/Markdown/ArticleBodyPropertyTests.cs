using CsCheck;
using KzEdition.Markdown;
using KzEdition.Markdown.Extensions.CitationLinks;
using KzEdition.Markdown.Rendering;
using KzEdition.Tests.Markdown.Oracles;
using Markdig;

namespace KzEdition.Tests.Markdown;

/// <summary>
/// On generated Markdown (<see cref="ArticleMarkdownGen"/>), bodies rendered from the syntax tree
/// equal the AngleSharp chain byte for byte (site with cross-links, print, as parsed), and the
/// paragraph texts equal AngleSharp's <c>textContent</c>. KZEDITION_PROPERTY_ITERATIONS sets how many documents (default 400).
/// </summary>
public sealed class ArticleBodyPropertyTests
{
    private static readonly MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();

    private static readonly long Iterations =
        long.TryParse(Environment.GetEnvironmentVariable("KZEDITION_PROPERTY_ITERATIONS"), out var iterations) ? iterations : 400;

    private static readonly Gen<CitationFacts?> Facts = Gen.Frequency(
        (1, Gen.Const((CitationFacts?)null)),
        (4, Gen.Select(Gen.Int[0, 4], Gen.Bool, (count, note) => (CitationFacts?)new CitationFacts(count, note))));

    private static string Spaces(string html) =>
        System.Text.RegularExpressions.Regex.Replace(System.Text.RegularExpressions.Regex.Replace(html, "[ \n]+", " "), " ?<br> ?", "<br>");

    [Fact]
    public void Bodies_OfGeneratedMarkdown_EqualTheAngleSharpChain()
    {
        Gen.Select(ArticleMarkdownGen.Document, Facts).Sample((markdown, facts) =>
        {
            var expected = OracleBody.Of(markdown, Pipeline, facts);
            var body = ArticleBody.Parse(markdown, Pipeline, facts);

            Assert.Equal(expected.Html, body.RenderHtml(BodyRenderOptions.Plain));
            Assert.Equal(expected.Site(TestIndex.Index, "../../../", "kk"), body.RenderHtml(BodyRenderOptions.Site(TestIndex.Index, "../../../", "kk")));
            // Print compared with runs of spaces and line feeds as one space: a print paragraph writes
            // its line breaks as spaces (pre-wrap), which the oracle, working on parsed HTML, can
            // only approximate in generated corners (spaces around a hard break).
            // The real articles and the corner cases compare exactly; ArticleBodyTests pins the rule.
            Assert.Equal(Spaces(expected.Print("a-maqala")), Spaces(body.RenderHtml(BodyRenderOptions.Print("a-maqala"))));
        }, iter: Iterations, print: t => $"facts {t.Item2}, Markdown:\n{t.Item1}");
    }

    [Fact]
    public void ParagraphTexts_OfGeneratedMarkdown_EqualAngleSharpsTextContent()
    {
        ArticleMarkdownGen.Document.Sample(markdown =>
            Assert.Equal(OracleBody.Of(markdown, Pipeline, null).Paragraphs, ArticleBody.Parse(markdown, Pipeline).Paragraphs),
            iter: Iterations, print: markdown => "Markdown:\n" + markdown);
    }

    [Fact]
    public void SearchPassages_OfGeneratedMarkdown_HoldEveryWordOfTheBody_InTheParagraphsNumbers()
    {
        // Nothing lost to search: every word the reader sees in the body (tables, lists, headings,
        // quotations included) is in some passage, and nothing else is; the passages are the
        // numbered paragraphs, each holding its own text.
        var words = new System.Text.RegularExpressions.Regex(@"[\p{L}\p{N}]+");
        ArticleMarkdownGen.Document.Sample(markdown =>
        {
            var body = ArticleBody.Parse(markdown, Pipeline);
            Assert.Equal(body.Paragraphs.Select(p => p.Number), body.SearchPassages.Select(p => p.Number));
            Assert.All(body.Paragraphs.Zip(body.SearchPassages), pair => Assert.Contains(pair.First.Text, pair.Second.Text, StringComparison.Ordinal));
            if (body.Paragraphs.IsEmpty)
            {
                return;
            }

            var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(body.RenderHtml(BodyRenderOptions.Plain));
            foreach (var number in html.QuerySelectorAll(".pnum").ToList())
            {
                number.Remove(); // the paragraph's number, the edition's, not a word of the text
            }

            var seen = html.Body!.TextContent;
            var filed = string.Join("\n", body.SearchPassages.Select(p => p.Text));
            var lost = words.Matches(seen).Select(m => m.Value).Except(words.Matches(filed).Select(m => m.Value)).ToList();
            Assert.Empty(lost);

            // Nor anything the reader does not see (the front matter, markup).
            var unseen = words.Matches(filed).Select(m => m.Value).Except(words.Matches(seen).Select(m => m.Value)).ToList();
            Assert.Empty(unseen);
        }, iter: Iterations, print: markdown => "Markdown:\n" + markdown);
    }

    [Fact]
    public void GeneratedMarkdown_ReachesEveryCornerOfSerializationAndLinking()
    {
        string[] corners =
        [
            "class=\"citation\"", "href=\"#no-references\"", "class=\"term\"", "<abbr title=", "class=\"pnum\"", "<br>", "&nbsp;", "&amp;", "&lt;",
            "&gt;", "\"", "<em>", "<strong>", "<code>", "<a href=\"http", "<img", "<table>", "<td>", "<li>", "<h2", "<blockquote>", "<hr>", "<pre>",
            "<span class=\"math\">", "<abbr title=\"Еуропадағы", "<del>",
        ];
        var found = new HashSet<string>(StringComparer.Ordinal);
        var facts = new CitationFacts(2, true);
        ArticleMarkdownGen.Document.Sample(markdown =>
        {
            var body = ArticleBody.Parse(markdown, Pipeline, facts);
            var html = body.RenderHtml(BodyRenderOptions.Site(TestIndex.Index, "../../", "kk")) + body.RenderHtml(BodyRenderOptions.Plain);
            found.UnionWith(corners.Where(c => html.Contains(c, StringComparison.Ordinal)));
        }, iter: 300, threads: 1);

        Assert.Equal(corners.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
    }
}
