using System.Text;
using System.Xml.Linq;
using KzEdition.Pdf;

namespace KzEdition.Tests.Printing;

public sealed class XmpPacketTests
{
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Xmp = "http://ns.adobe.com/xap/1.0/";

    private static readonly PdfDocumentInfo Article = new("Опыт <сотрудничества> & «Турция»", ["Л.Т. Исова", "Б. Әлиев"], "Аннотация.", ["НАТО", "Түркия"], "ru")
    {
        Rights = "CC BY 4.0",
    };

    /// <summary>The packet of a minimal PDF: the XML inside the stream PdfInfoUpdate appends.</summary>
    private static XDocument PacketOf(byte[] pdf)
    {
        var text = Encoding.UTF8.GetString(pdf);
        var start = text.IndexOf("<x:xmpmeta", StringComparison.Ordinal);
        var end = text.IndexOf("</x:xmpmeta>", StringComparison.Ordinal) + "</x:xmpmeta>".Length;
        return XDocument.Parse(text[start..end]);
    }

    [Fact]
    public void ThePacket_SaysWhatTheInfoSays_InDublinCore_WithTheCreatorsInOrder()
    {
        var packet = XDocument.Parse(XmpPacket.Write(Article, "KzEdition 1.0.0", "Skia/PDF m156", "2026-05-01").Split('\n', 2)[1].Split("\n<?xpacket end")[0]);

        Assert.Equal(Article.Title, packet.Descendants(Dc + "title").Descendants().Last().Value);
        Assert.Equal(["Л.Т. Исова", "Б. Әлиев"], packet.Descendants(Dc + "creator").Descendants().Where(e => e.Name.LocalName == "li").Select(e => e.Value));
        Assert.Equal(["НАТО", "Түркия"], packet.Descendants(Dc + "subject").Descendants().Where(e => e.Name.LocalName == "li").Select(e => e.Value));
        Assert.Equal("ru", packet.Descendants(Dc + "language").Descendants().Last().Value);
        Assert.Equal("KzEdition 1.0.0", packet.Descendants(Xmp + "CreatorTool").Single().Value);
        Assert.Equal("2026-05-01", packet.Descendants(Xmp + "CreateDate").Single().Value);
    }

    [Fact]
    public void ThePacket_IsWrapped_ForToolsThatLookForItInTheBytes_AndTheSameEveryTime()
    {
        var once = XmpPacket.Write(Article, "KzEdition 1.0.0", null, null);

        Assert.StartsWith("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>", once, StringComparison.Ordinal);
        Assert.EndsWith("<?xpacket end=\"r\"?>", once, StringComparison.Ordinal);
        Assert.Equal(once, XmpPacket.Write(Article, "KzEdition 1.0.0", null, null));
        Assert.DoesNotContain("CreateDate", once, StringComparison.Ordinal); // no date given, none made up
    }

    /// <summary>A PDF as small as a PDF can be, with a trailer and catalog where Chromium puts them.</summary>
    private static byte[] MinimalPdf()
    {
        var body = new StringBuilder("%PDF-1.4\n");
        var catalogAt = body.Length;
        body.Append("1 0 obj\n<</Type /Catalog /Pages 2 0 R>>\nendobj\n");
        var pagesAt = body.Length;
        body.Append("2 0 obj\n<</Type /Pages /Kids [] /Count 0>>\nendobj\n");
        var xref = body.Length;
        body.Append("xref\n0 3\n0000000000 65535 f \n").Append($"{catalogAt:D10} 00000 n \n{pagesAt:D10} 00000 n \n");
        body.Append($"trailer\n<</Size 3 /Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(body.ToString());
    }

    [Fact]
    public void TheUpdate_PointsTheCatalogAtThePacket_WithItsExactLength()
    {
        var pdf = PdfInfoUpdate.Apply(MinimalPdf(), Article, "KzEdition 1.0.0", "2026");
        var text = Encoding.Latin1.GetString(pdf);

        var reference = System.Text.RegularExpressions.Regex.Match(text, @"/Metadata (\d+) 0 R");
        Assert.True(reference.Success, "the catalog names no metadata stream");
        var header = System.Text.RegularExpressions.Regex.Match(text, $@"\n{reference.Groups[1].Value} 0 obj\n<</Type /Metadata /Subtype /XML /Length (\d+)>>\nstream\n");
        Assert.True(header.Success);
        var length = int.Parse(header.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("\nendstream", text.Substring(header.Index + header.Length + length, "\nendstream".Length));
        Assert.Equal(Article.Title, PacketOf(pdf).Descendants(Dc + "title").Descendants().First(e => e.Name.LocalName == "li").Value);
    }
}
