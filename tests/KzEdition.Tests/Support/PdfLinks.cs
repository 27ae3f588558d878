using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;

namespace KzEdition.Tests.Support;

/// <summary>What PdfPig reads of a PDF beyond its text: where its links lead, what it says of itself.</summary>
internal static class PdfLinks
{
    /// <summary>The document information (Title, Author, Subject, Keywords, Creator) and the catalog's /Lang and /PageMode.</summary>
    public static (UglyToad.PdfPig.Content.DocumentInformation Info, string? Lang, string? PageMode) Metadata(string pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var catalog = document.Structure.Catalog.CatalogDictionary;
        var lang = catalog.TryGet(UglyToad.PdfPig.Tokens.NameToken.Create("Lang"), out var l) && l is UglyToad.PdfPig.Tokens.IDataToken<string> text ? text.Data : null;
        var mode = catalog.TryGet(UglyToad.PdfPig.Tokens.NameToken.Create("PageMode"), out var m) && m is UglyToad.PdfPig.Tokens.NameToken name ? name.Data : null;
        return (document.Information, lang, mode);
    }

    /// <summary>
    /// The XMP metadata packet of the PDF's catalog, as PdfPig finds it, read as UTF-8 (XMP's
    /// encoding; PdfPig's own GetXDocument reads the bytes as Latin-1); null when it has none.
    /// </summary>
    public static System.Xml.Linq.XDocument? Xmp(string pdf)
    {
        using var document = PdfDocument.Open(pdf);
        if (!document.TryGetXmpMetadata(out var xmp))
        {
            return null;
        }

        using var reader = System.Xml.XmlReader.Create(new MemoryStream(xmp.GetXmlMemory().ToArray()), new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Prohibit });
        return System.Xml.Linq.XDocument.Load(reader);
    }

    /// <summary>The titles of every bookmark of the PDF's outline, depth first.</summary>
    public static IReadOnlyList<string> Bookmarks(string pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.TryGetBookmarks(out var bookmarks, false) ? [.. bookmarks.GetNodes().Select(node => node.Title)] : [];
    }

    /// <summary>The URIs a PDF's link annotations lead to: where a reader's click goes.</summary>
    public static IReadOnlyList<string> Uris(string pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages()
            .SelectMany(page => page.GetAnnotations())
            .Select(annotation => annotation.Action)
            .OfType<UriAction>()
            .Select(action => action.Uri)];
    }
}
