using AngleSharp.Html.Parser;
using KzEdition.Markdown;

namespace KzEdition.Tests.Markdown;

public sealed class MarkdownEscaperTests
{
    private static readonly Markdig.MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();

    [Theory]
    [InlineData("Қазақстан Республикасы – тәуелсіз, демократиялық мемлекет.")]
    [InlineData("НАТО-ның 1990-жылдары «Бейбітшілік жолындағы әріптестік» бағдарламасы (1994) іске қосылды [1, 18-19 б.].")]
    [InlineData("Не істеу керек? Әрекет ету керек! Мақсат: бейбітшілік; құрал: диалог.")]
    [InlineData("Ұлттық қауіпсіздік — ең басты міндет, деді ол.")]
    [InlineData("2002 жылы 25 % өсім байқалды, яғни 1,5 млн. теңге.")]
    public void Escape_LeavesOrdinaryKazakhTextUnchanged(string text)
    {
        Assert.Equal(text, MarkdownEscaper.Escape(text));
    }

    [Theory]
    [InlineData("Индекс 2*3*4 = 24 болды, ал *маңызды* сөз бөлінбеді.")]
    [InlineData("**Қалың** емес, жай мәтін.")]
    [InlineData("Файл аты snake_case_name және __асты сызылған__ сөз.")]
    [InlineData("`код` белгісі және ``екі`` белгі.")]
    [InlineData("Егер a < b және b > c болса, <div>тег</div> емес.")]
    [InlineData("<Абай> және <b>қалың</b> емес.")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("# Бұл тақырып емес, абзац.")]
    [InlineData("## Бұл да тақырып емес.")]
    [InlineData("- бұл тізім емес.")]
    [InlineData("+ бұл да тізім емес.")]
    [InlineData("* жұлдызшамен басталатын абзац.")]
    [InlineData("1. бұл нөмірленген тізім емес.")]
    [InlineData("1) бұл да тізім емес.")]
    [InlineData("2024. Жыл қорытындысы.")]
    [InlineData("---")]
    [InlineData("***")]
    [InlineData("=== бөлім ===")]
    [InlineData("> дәйексөз емес.")]
    [InlineData("| кесте | емес |")]
    [InlineData("~~сызылған~~ емес.")]
    [InlineData("Кері қиғаш сызық \\ және \\* белгілері.")]
    [InlineData("Соңында кері қиғаш сызық\\")]
    public void Escape_MakesMarkdigRenderAPlainParagraphWithTheExactText(string text)
    {
        var paragraph = RenderSingleParagraph(MarkdownEscaper.Escape(text));

        Assert.Equal(text, paragraph.TextContent);
        Assert.Empty(paragraph.Children);
    }

    /// <summary>
    /// The pipeline has Markdig's advanced extensions on: their syntax must be escaped as well, or
    /// the rendered page loses or changes the source's characters.
    /// </summary>
    [Theory]
    [InlineData("I. Кіріспе бөлімінде мақсат айқындалады.")]
    [InlineData("II. Негізгі бөлім.")]
    [InlineData("A. Smith argues that NATO enlargement was a mistake.")]
    [InlineData("[1]: http://www.mfa.gov.tr/ (қаралған күні: 12.03.2020)")]
    [InlineData("Қараңыз [мәтін](сілтеме) және т.б.")]
    [InlineData("AT&amp;T және &copy; белгісі.")]
    [InlineData("Бағасы $5$ доллар.")]
    [InlineData("C++ және ++жаңа++ нұсқа.")]
    [InlineData("Бұл ==белгіленген== сөз.")]
    [InlineData("Көлемі 10^3^ текше метр.")]
    [InlineData("Мәтін {.класс}")]
    [InlineData("Мысалы ::мәтін:: белгісі.")]
    [InlineData("\"\"Қазбат\"\" батальоны.")]
    public void Escape_AlsoEscapesTheSyntaxOfMarkdigsAdvancedExtensions(string text)
    {
        var html = Markdig.Markdown.ToHtml(MarkdownEscaper.Escape(text), Pipeline);
        var body = new HtmlParser().ParseDocument(html).Body!;

        var paragraph = Assert.Single(body.Children);
        Assert.Equal("P", paragraph.TagName);
        Assert.Equal(text, paragraph.TextContent);
        Assert.Empty(paragraph.Attributes);
    }

    /// <summary>
    /// The autolink extension links bare URLs: it takes their characters as they stand, so a
    /// backslash put before '_', '~' or '$' inside a URL shows in the link text and breaks its address.
    /// </summary>
    [Theory]
    [InlineData("Қараңыз: https://www.nato.int/cps/en/natohq/topics_52044.htm сайты.")]
    [InlineData("Сайт: www.akorda.kz/kz/official_documents/~page қаралды.")]
    [InlineData("http://www.mfa.gov.tr/turkiye_s-relations-with-nato.en.mfa")]
    public void Escape_KeepsAUrlInRunningTextIntact(string text)
    {
        var html = Markdig.Markdown.ToHtml(MarkdownEscaper.Escape(text), Pipeline);
        var paragraph = Assert.Single(new HtmlParser().ParseDocument(html).Body!.Children);

        Assert.Equal(text, paragraph.TextContent);
        Assert.All(paragraph.QuerySelectorAll("a"), a => Assert.DoesNotContain("%5C", a.GetAttribute("href") ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public void Escape_EscapesABlockStartOnlyAtTheStartOfTheText()
    {
        Assert.Equal("\\# Абай # Жамбыл - Махамбет + 1. 2)", MarkdownEscaper.Escape("# Абай # Жамбыл - Махамбет + 1. 2)"));
        Assert.Equal("1\\. Абай", MarkdownEscaper.Escape("1. Абай"));
        Assert.Equal("12\\) Абай", MarkdownEscaper.Escape("12) Абай"));
        Assert.Equal("1.5 млн", MarkdownEscaper.Escape("1.5 млн"));
    }

    [Fact]
    public void Escape_OfEmptyText_IsEmpty()
    {
        Assert.Equal("", MarkdownEscaper.Escape(""));
    }

    private static AngleSharp.Dom.IElement RenderSingleParagraph(string markdown)
    {
        var html = Markdig.Markdown.ToHtml(markdown, Pipeline);
        var body = new HtmlParser().ParseDocument(html).Body!;
        var paragraph = Assert.Single(body.Children);
        Assert.Equal("P", paragraph.TagName);
        return paragraph;
    }
}
