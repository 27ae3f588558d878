using System.Collections.Immutable;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KzEdition.Markdown;
using KzEdition.Model;
using YamlDotNet.RepresentationModel;

namespace KzEdition.Tests.Markdown;

public sealed class ArticleMarkdownWriterTests
{
    private static readonly Markdig.MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();

    private static readonly string[] Paragraphs =
    [
        "Қазақстан Республикасы тәуелсіздік алғаннан кейін НАТО-мен ынтымақтастықты дамытты [1, 18-19 б.].",
        "1994 жылы ел «Бейбітшілік жолындағы әріптестік» бағдарламасына қосылды /2/.",
        "Индекс 2*3 = 6 болды, файл аты snake_case_name, белгі `код`, ал a < b.",
        "# белгісімен басталатын абзац.",
        "- сызықшамен басталатын абзац.",
        "1. санмен басталатын абзац.",
    ];

    [Fact]
    public void Write_StartsWithFrontMatterThatIsValidYamlHoldingTheArticlesMetadata()
    {
        var markdown = ArticleMarkdownWriter.Write(SampleArticle());

        var frontMatter = FrontMatterOf(markdown);

        Assert.Equal("000-qazaqstan-jane-nato", Scalar(frontMatter, "id"));
        Assert.Equal("Қазақстан және НАТО: ынтымақтастық кезеңдері", Scalar(frontMatter, "title"));
        Assert.Equal("source", Scalar(frontMatter, "titleSource"));
        Assert.Equal("kk", Scalar(frontMatter, "lang"));
        Assert.Equal("complete", Scalar(frontMatter, "status"));
        var witnesses = (YamlSequenceNode)frontMatter.Children[new YamlScalarNode("witnesses")];
        Assert.Equal(2, witnesses.Children.Count);
        var first = (YamlMappingNode)witnesses.Children[0];
        Assert.Equal("000_231815bb3e78ce1c.txt", Scalar(first, "source"));
        Assert.Equal("1", Scalar(first, "firstLine"));
        Assert.Equal("84", Scalar(first, "lastLine"));
        Assert.Equal("true", Scalar(first, "primary"));
        Assert.Equal("false", Scalar((YamlMappingNode)witnesses.Children[1], "primary"));
    }

    [Fact]
    public void Write_OmitsMetadataTheArticleDoesNotHave()
    {
        var frontMatter = FrontMatterOf(ArticleMarkdownWriter.Write(SampleArticle()));

        var keys = frontMatter.Children.Keys.Select(k => ((YamlScalarNode)k).Value).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain("abstract", keys);
        Assert.DoesNotContain("authors", keys);
        Assert.DoesNotContain("keywords", keys);
        Assert.DoesNotContain("notes", keys);
    }

    [Fact]
    public void Write_PutsAuthorsKeywordsAbstractAndNotesInTheFrontMatter()
    {
        var article = SampleArticle() with
        {
            Authors = ["Л.Т. Исова", "А.Б. Сейітов"],
            Keywords = ["НАТО", "қауіпсіздік"],
            Abstract = "Мақалада Қазақстан мен НАТО қатынастары қарастырылады.",
            Notes = [new EditorialNote("footnote", "http://www.mfa.gov.tr/", "002_c7ff2cc66a30f6af.txt", 77), new EditorialNote("no-references", "Әдебиеттер")],
        };

        var frontMatter = FrontMatterOf(ArticleMarkdownWriter.Write(article));

        Assert.Equal(["Л.Т. Исова", "А.Б. Сейітов"], Sequence(frontMatter, "authors"));
        Assert.Equal(["НАТО", "қауіпсіздік"], Sequence(frontMatter, "keywords"));
        Assert.Equal("Мақалада Қазақстан мен НАТО қатынастары қарастырылады.", Scalar(frontMatter, "abstract"));
        var notes = (YamlSequenceNode)frontMatter.Children[new YamlScalarNode("notes")];
        var footnote = (YamlMappingNode)notes.Children[0];
        Assert.Equal(("footnote", "http://www.mfa.gov.tr/", "77"), (Scalar(footnote, "kind"), Scalar(footnote, "text"), Scalar(footnote, "line")));
        Assert.False(((YamlMappingNode)notes.Children[1]).Children.ContainsKey(new YamlScalarNode("line")));
    }

    [Theory]
    [InlineData("Қазақстан және НАТО: ынтымақтастық кезеңдері")]
    [InlineData("«Бейбітшілік жолындағы әріптестік» бағдарламасы")]
    [InlineData("'Қазбат' батальоны және \"Дала бүркіті\" жаттығуы")]
    [InlineData("— НАТО-ның шығысқа кеңеюі")]
    [InlineData("- тізім емес тақырып")]
    [InlineData("[Тақырыпсыз]")]
    [InlineData("# Қазақстан")]
    [InlineData("НАТО & ЕҚЫҰ: 1992–2002 жж. #1")]
    [InlineData("Қазақстан? Иә!")]
    [InlineData("@ belgisi, % пайыз, ! леп")]
    public void Write_KeepsATitleExactlyWhateverItsCharacters(string title)
    {
        var frontMatter = FrontMatterOf(ArticleMarkdownWriter.Write(SampleArticle() with { Title = title }));

        Assert.Equal(title, Scalar(frontMatter, "title"));
    }

    [Fact]
    public void Write_MakesHeadingsMarkdownHeadingsOfTheirLevel()
    {
        var markdown = ArticleMarkdownWriter.Write(SampleArticle());

        var lines = markdown.Split('\n');
        Assert.Contains("## Кіріспе", lines);
        Assert.Contains("### Зерттеу әдістері", lines);
        Assert.Contains("## Қорытынды", lines);
    }

    [Fact]
    public void Write_RendersToExactlyTheArticlesHeadingsAndParagraphs()
    {
        var markdown = ArticleMarkdownWriter.Write(SampleArticle());

        var body = Render(markdown);

        Assert.Equal(["Кіріспе", "Қорытынды"], body.QuerySelectorAll("h2").Select(h => h.TextContent));
        Assert.Equal(["Зерттеу әдістері"], body.QuerySelectorAll("h3").Select(h => h.TextContent));
        Assert.Equal(Paragraphs, body.Children.Where(e => e.TagName == "P").Select(p => p.TextContent));
        Assert.Empty(body.QuerySelectorAll("ol, ul, em, strong, code, hr, blockquote, script"));
    }

    [Fact]
    public void Write_PutsTheFrontMatterAndEachBlockInTheirOwnPlaces()
    {
        var markdown = ArticleMarkdownWriter.Write(SampleArticle());

        Assert.StartsWith("---\n", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", markdown, StringComparison.Ordinal);
        Assert.EndsWith("\n", markdown, StringComparison.Ordinal);
        var body = markdown[(markdown.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 5)..];
        Assert.StartsWith("\n## Кіріспе\n\n", body, StringComparison.Ordinal);
        Assert.DoesNotContain("id:", Render(markdown).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_RendersListsAsListsWithTheirExactItems()
    {
        var article = SampleArticle() with
        {
            Body =
            [
                new ListBlock(true, ["бірінші *тармақ*;", "екінші_тармақ;", "1990-жылдары."]),
                new ListBlock(false, ["НАТО", "# ЕҚЫҰ", "- ҰҚШҰ"]),
            ],
        };

        var body = Render(ArticleMarkdownWriter.Write(article));

        Assert.Equal(["бірінші *тармақ*;", "екінші_тармақ;", "1990-жылдары."], body.QuerySelectorAll("ol > li").Select(li => li.TextContent));
        Assert.Equal(["НАТО", "# ЕҚЫҰ", "- ҰҚШҰ"], body.QuerySelectorAll("ul > li").Select(li => li.TextContent));
        Assert.Empty(body.QuerySelectorAll("li li, h1, em"));
    }

    [Theory]
    [InlineData("[ ] белгісі бар тармақ")]
    [InlineData("[x] белгісі бар тармақ")]
    public void Write_KeepsAListItemThatOpensWithABracketPairExactly(string item)
    {
        var body = Render(ArticleMarkdownWriter.Write(SampleArticle() with { Body = [new ListBlock(false, ["бірінші тармақ", item])] }));

        Assert.Equal(["бірінші тармақ", item], body.QuerySelectorAll("li").Select(li => li.TextContent));
        Assert.Empty(body.QuerySelectorAll("input"));
    }

    [Theory]
    [InlineData("Қазақстан және НАТО #")]
    [InlineData("Қорытынды ##")]
    public void Write_KeepsAHeadingThatEndsWithHashSignsExactly(string heading)
    {
        var body = Render(ArticleMarkdownWriter.Write(SampleArticle() with { Body = [new Heading(2, heading), new Paragraph("Мәтін.")] }));

        Assert.Equal(heading, Assert.Single(body.QuerySelectorAll("h2")).TextContent);
    }

    [Fact]
    public void Write_RendersATableWithItsCaptionCellsAndSource()
    {
        var table = new TableBlock(
            "1 кесте",
            "Қазақстанның НАТО бағдарламаларына қатысуы",
            [["Жыл", "Бағдарлама"], ["1994", "Бейбітшілік жолындағы әріптестік"], ["2002", "Жоспарлау | талдау"]],
            [],
            "Дереккөз: автор құрастырған");
        var article = SampleArticle() with { Body = [new Paragraph("Кесте алдындағы абзац."), table] };

        var body = Render(ArticleMarkdownWriter.Write(article));

        var container = Assert.Single(body.QuerySelectorAll("div.table"));
        Assert.Equal("1 кесте.", container.QuerySelector("strong")!.TextContent);
        Assert.Contains("Қазақстанның НАТО бағдарламаларына қатысуы", container.TextContent, StringComparison.Ordinal);
        Assert.Equal(
            ["Жыл", "Бағдарлама", "1994", "Бейбітшілік жолындағы әріптестік", "2002", "Жоспарлау | талдау"],
            container.QuerySelectorAll("tbody td").Select(td => td.TextContent));
        Assert.Equal("Дереккөз: автор құрастырған", container.Children[^1].TextContent);
    }

    [Fact]
    public void Write_WhenATableHasNoCells_RendersItsLinesAsAList()
    {
        var table = new TableBlock("Кесте 2", null, [], ["Жыл  Саны", "1994  12", "2002  27"], null);

        var body = Render(ArticleMarkdownWriter.Write(SampleArticle() with { Body = [table] }));

        var container = Assert.Single(body.QuerySelectorAll("div.table"));
        Assert.Empty(container.QuerySelectorAll("table"));
        Assert.Equal(["Жыл  Саны", "1994  12", "2002  27"], container.QuerySelectorAll("li").Select(li => li.TextContent));
    }

    [Fact]
    public void Write_NeverLetsHtmlThrough()
    {
        var article = SampleArticle() with
        {
            Title = "<script>alert(1)</script>",
            Body = [new Paragraph("<script>alert(1)</script>"), new Heading(2, "<b>Қалың</b> тақырып"), new Paragraph("Мәтін <img src=x onerror=alert(1)> ішінде.")],
        };

        var body = Render(ArticleMarkdownWriter.Write(article));

        Assert.Empty(body.QuerySelectorAll("script, b, img"));
        Assert.Equal(["<script>alert(1)</script>", "Мәтін <img src=x onerror=alert(1)> ішінде."], body.QuerySelectorAll("p").Select(p => p.TextContent));
        Assert.Equal("<b>Қалың</b> тақырып", body.QuerySelector("h2")!.TextContent);
    }

    [Fact]
    public void Write_IsDeterministic()
    {
        Assert.Equal(ArticleMarkdownWriter.Write(SampleArticle()), ArticleMarkdownWriter.Write(SampleArticle()));
    }

    private static Article SampleArticle() => new()
    {
        Id = "000-qazaqstan-jane-nato",
        Slug = "qazaqstan-jane-nato",
        Title = "Қазақстан және НАТО: ынтымақтастық кезеңдері",
        TitleSource = TitleSource.Source,
        Lang = "kk",
        Status = ArticleStatus.Complete,
        Witnesses = [new Witness("000_231815bb3e78ce1c.txt", 1, 84, true), new Witness("002_c7ff2cc66a30f6af.txt", 25, 120, false)],
        Body =
        [
            new Heading(2, "Кіріспе"),
            new Paragraph(Paragraphs[0]),
            new Paragraph(Paragraphs[1]),
            new Heading(3, "Зерттеу әдістері"),
            new Paragraph(Paragraphs[2]),
            new Paragraph(Paragraphs[3]),
            new Heading(2, "Қорытынды"),
            new Paragraph(Paragraphs[4]),
            new Paragraph(Paragraphs[5]),
        ],
    };

    private static YamlMappingNode FrontMatterOf(string markdown)
    {
        Assert.StartsWith("---\n", markdown, StringComparison.Ordinal);
        var end = markdown.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        Assert.True(end > 0, "the front matter is not closed");
        var stream = new YamlStream();
        stream.Load(new StringReader(markdown[4..(end + 1)]));
        return (YamlMappingNode)Assert.Single(stream.Documents).RootNode;
    }

    private static string? Scalar(YamlMappingNode mapping, string key) =>
        ((YamlScalarNode)mapping.Children[new YamlScalarNode(key)]).Value;

    private static ImmutableArray<string?> Sequence(YamlMappingNode mapping, string key) =>
        [.. ((YamlSequenceNode)mapping.Children[new YamlScalarNode(key)]).Children.Select(n => ((YamlScalarNode)n).Value)];

    private static IElement Render(string markdown) =>
        new HtmlParser().ParseDocument(Markdig.Markdown.ToHtml(markdown, Pipeline)).Body!;
}
