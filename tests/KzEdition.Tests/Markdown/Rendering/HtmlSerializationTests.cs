using KzEdition.Markdown.Rendering;

namespace KzEdition.Tests.Markdown.Rendering;

public sealed class HtmlSerializationTests
{
    private static string Text(string text)
    {
        using var writer = new StringWriter();
        HtmlSerialization.WriteText(writer, text);
        return writer.ToString();
    }

    private static string Attribute(string value)
    {
        using var writer = new StringWriter();
        HtmlSerialization.WriteAttributeValue(writer, value);
        return writer.ToString();
    }

    [Fact]
    public void WriteText_EscapesAmpersandNoBreakSpaceAndAngleBrackets_NotQuotes()
    {
        Assert.Equal("\"НАТО\" &amp; &lt;b&gt;&nbsp;x 'y'", Text("\"НАТО\" & <b>\u00A0x 'y'"));
    }

    [Fact]
    public void WriteAttributeValue_EscapesQuotesToo()
    {
        Assert.Equal("&quot;НАТО&quot; &amp; &lt;b&gt;&nbsp;x 'y'", Attribute("\"НАТО\" & <b>\u00A0x 'y'"));
    }

    [Fact]
    public void CarriageReturns_AreWrittenAsTheParserReadsThem()
    {
        Assert.Equal("a\nb\nc", Text("a\r\nb\rc"));
        Assert.Equal("a\nb\nc", HtmlSerialization.ParsedText("a\r\nb\rc"));
    }

    [Fact]
    public void PlainText_IsWrittenAsItIs()
    {
        Assert.Equal("Қазақстан мен НАТО", Text("Қазақстан мен НАТО"));
        Assert.Equal("", Text(""));
    }
}
