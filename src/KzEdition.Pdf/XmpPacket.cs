using System.Xml.Linq;

namespace KzEdition.Pdf;

/// <summary>
/// The XMP metadata packet of a PDF (ISO 16684-1; the catalog's <c>/Metadata</c> stream), which
/// repositories, reference managers and archiving checks read before the older Info dictionary: the
/// same facts as <see cref="PdfDocumentInfo"/> in Dublin Core (title, creators in order, description,
/// subjects, language, rights), Adobe PDF (keywords, producer) and XMP basic (creator tool, the
/// dates). Deterministic: no instance or document id, no time of printing (the date is edition.yml's).
/// </summary>
public static class XmpPacket
{
    private static readonly XNamespace X = "adobe:ns:meta/";
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Pdf = "http://ns.adobe.com/pdf/1.3/";
    private static readonly XNamespace Xmp = "http://ns.adobe.com/xap/1.0/";
    private static readonly XNamespace Xml = XNamespace.Xml;

    /// <summary>The packet, as the UTF-8 text of the stream.</summary>
    /// <param name="date">edition.yml's date (<c>2026-05-01</c>), or null for none.</param>
    public static string Write(PdfDocumentInfo info, string creatorTool, string? producer, string? date)
    {
        var description = new XElement(Rdf + "Description",
            new XAttribute(Rdf + "about", ""),
            new XAttribute(XNamespace.Xmlns + "dc", Dc),
            new XAttribute(XNamespace.Xmlns + "pdf", Pdf),
            new XAttribute(XNamespace.Xmlns + "xmp", Xmp),
            new XElement(Dc + "format", "application/pdf"),
            Alternatives(Dc + "title", info.Title, info.Lang));
        if (info.Creators.Count > 0)
        {
            description.Add(new XElement(Dc + "creator", new XElement(Rdf + "Seq", info.Creators.Select(c => new XElement(Rdf + "li", c)))));
        }

        if (!string.IsNullOrWhiteSpace(info.Subject))
        {
            description.Add(Alternatives(Dc + "description", info.Subject, info.Lang));
        }

        if (info.KeywordList.Count > 0)
        {
            description.Add(new XElement(Dc + "subject", new XElement(Rdf + "Bag", info.KeywordList.Select(k => new XElement(Rdf + "li", k)))));
        }

        description.Add(new XElement(Dc + "language", new XElement(Rdf + "Bag", new XElement(Rdf + "li", info.Lang))));
        if (!string.IsNullOrWhiteSpace(info.Rights))
        {
            // The licence is in the edition's language, not always the article's: the default alone.
            description.Add(Alternatives(Dc + "rights", info.Rights, null));
        }

        if (!string.IsNullOrWhiteSpace(info.Keywords))
        {
            description.Add(new XElement(Pdf + "Keywords", info.Keywords));
        }

        if (producer is not null)
        {
            description.Add(new XElement(Pdf + "Producer", producer));
        }

        description.Add(new XElement(Xmp + "CreatorTool", creatorTool));
        if (date is not null)
        {
            description.Add(new XElement(Xmp + "CreateDate", date), new XElement(Xmp + "ModifyDate", date), new XElement(Xmp + "MetadataDate", date));
        }

        var meta = new XElement(X + "xmpmeta", new XAttribute(XNamespace.Xmlns + "x", X),
            new XElement(Rdf + "RDF", new XAttribute(XNamespace.Xmlns + "rdf", Rdf), description));
        // The packet wrapper lets a tool find and rewrite the packet in place; "r": read-only here.
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
            + meta.ToString(SaveOptions.None).Replace("\r\n", "\n", StringComparison.Ordinal)
            + "\n<?xpacket end=\"r\"?>";
    }

    /// <summary>A language alternative: the text as the default, and again under its language when that is known.</summary>
    private static XElement Alternatives(XName name, string text, string? lang) =>
        new(name, new XElement(Rdf + "Alt",
            new XElement(Rdf + "li", new XAttribute(Xml + "lang", "x-default"), text),
            lang is null ? null : new XElement(Rdf + "li", new XAttribute(Xml + "lang", lang), text)));
}
