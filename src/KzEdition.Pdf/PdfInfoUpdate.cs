using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KzEdition.Pdf;

/// <summary>
/// Writes a PDF's document information and its catalog's language and page mode, as an incremental
/// update (ISO 32000-1 § 7.5.6): the file Chromium wrote stays byte for byte as it was, and a new
/// Info dictionary and Catalog are appended with a cross-reference section for them. Chromium
/// (Skia) sets only the title, declares the page's <c>lang</c> (the site's, not the article's), and
/// names itself by its user agent as Creator; there is no option to say otherwise.
/// </summary>
public static partial class PdfInfoUpdate
{
    /// <summary>The PDF with <paramref name="info"/>, Creator <paramref name="creator"/>, and its bookmarks shown on opening when it has any.</summary>
    /// <exception cref="FormatException">The file's trailer or catalog is not where a PDF keeps them (not a file Chromium wrote).</exception>
    /// <param name="date">edition.yml's date for the XMP packet's dates, or null for none.</param>
    public static byte[] Apply(byte[] pdf, PdfDocumentInfo info, string creator, string? date = null)
    {
        // Latin-1 maps every byte to one char and back, so binary streams survive the round trip.
        var text = Encoding.Latin1.GetString(pdf);
        var trailerAt = text.LastIndexOf("trailer", StringComparison.Ordinal);
        var startAt = text.LastIndexOf("startxref", StringComparison.Ordinal);
        if (trailerAt < 0 || startAt < trailerAt)
        {
            throw new FormatException("the PDF has no trailer where one is expected");
        }

        var trailer = text[trailerAt..startAt];
        var previous = long.Parse(Number().Match(text, startAt).Value, CultureInfo.InvariantCulture);
        var size = int.Parse(Reference("Size").Match(trailer).Groups[1].Value, CultureInfo.InvariantCulture);
        var root = int.Parse(Reference("Root").Match(trailer).Groups[1].Value, CultureInfo.InvariantCulture);
        var infoMatch = Reference("Info").Match(trailer);
        var infoNumber = infoMatch.Success ? int.Parse(infoMatch.Groups[1].Value, CultureInfo.InvariantCulture) : size;

        var catalog = ObjectBody(text, root);
        catalog = LangEntry().Replace(catalog, "");
        catalog = PageModeEntry().Replace(catalog, "");
        catalog = MetadataEntry().Replace(catalog, "");
        var metadataNumber = Math.Max(size, infoNumber + 1);
        var closing = catalog.LastIndexOf(">>", StringComparison.Ordinal);
        // A language tag is ASCII letters, digits and hyphens: written as a literal string, as Chromium writes it.
        var lang = LanguageTag().IsMatch(info.Lang) ? $"({info.Lang})" : PdfString(info.Lang);
        var added = $"\n/Lang {lang}" + (catalog.Contains("/Outlines", StringComparison.Ordinal) ? "\n/PageMode /UseOutlines" : "")
            + $"\n/Metadata {metadataNumber.ToString(CultureInfo.InvariantCulture)} 0 R";
        catalog = catalog[..closing] + added + catalog[closing..];

        // Chromium's Producer, kept as it wrote it: the entry in the Info dictionary, its text (a
        // literal string, as Skia writes it) in the XMP packet.
        var producer = infoMatch.Success && ProducerEntry().Match(ObjectBody(text, infoNumber)) is { Success: true } p ? p : null;
        var infoBody = new StringBuilder("<<");
        infoBody.Append("/Title ").Append(PdfString(info.Title));
        AppendIf(infoBody, "Author", info.Author);
        AppendIf(infoBody, "Subject", info.Subject);
        AppendIf(infoBody, "Keywords", info.Keywords);
        infoBody.Append("\n/Creator ").Append(PdfString(creator));
        if (producer is not null)
        {
            infoBody.Append('\n').Append(producer.Value);
        }

        infoBody.Append(">>");

        // Every object and the cross-reference section at its byte offset in the whole file (all ASCII from here).
        var update = new StringBuilder("\n");
        long At() => pdf.Length + update.Length;
        var offsets = new SortedDictionary<int, long>();
        foreach (var (number, body) in new[] { (root, catalog), (infoNumber, infoBody.ToString()) })
        {
            offsets[number] = At();
            update.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}\nendobj\n");
        }

        // The XMP packet, as UTF-8 bytes carried one per char (Latin-1, as the rest of the file).
        // Not compressed: XMP is meant to be found by tools that read the file as bytes.
        var xmp = Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(XmpPacket.Write(info, creator, ProducerText(producer), date)));
        offsets[metadataNumber] = At();
        update.Append(CultureInfo.InvariantCulture, $"{metadataNumber} 0 obj\n<</Type /Metadata /Subtype /XML /Length {xmp.Length}>>\nstream\n").Append(xmp).Append("\nendstream\nendobj\n");

        var xref = At();
        update.Append("xref\n");
        foreach (var (number, at) in offsets)
        {
            update.Append(CultureInfo.InvariantCulture, $"{number} 1\n{at:D10} 00000 n \n");
        }

        update.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {metadataNumber + 1}\n/Root {root} 0 R\n/Info {infoNumber} 0 R\n/Prev {previous}>>\nstartxref\n{xref}\n%%EOF\n");
        var tail = Encoding.Latin1.GetBytes(update.ToString());
        var result = new byte[pdf.Length + tail.Length];
        pdf.CopyTo(result, 0);
        tail.CopyTo(result, pdf.Length);
        return result;
    }

    private static void AppendIf(StringBuilder dictionary, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            dictionary.Append("\n/").Append(key).Append(' ').Append(PdfString(value));
        }
    }

    /// <summary>A text string as PDF keeps any Unicode: UTF-16BE with its byte order mark, in hex (§ 7.9.2.2).</summary>
    private static string PdfString(string value)
    {
        var hex = new StringBuilder("<FEFF");
        foreach (var b in Encoding.BigEndianUnicode.GetBytes(value))
        {
            hex.Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }

        return hex.Append('>').ToString();
    }

    /// <summary>The dictionary of object <paramref name="number"/> (its last definition in the file).</summary>
    private static string ObjectBody(string text, int number)
    {
        var header = $"\n{number.ToString(CultureInfo.InvariantCulture)} 0 obj";
        var start = text.LastIndexOf(header, StringComparison.Ordinal);
        var end = start < 0 ? -1 : text.IndexOf("\nendobj", start, StringComparison.Ordinal);
        if (end < 0)
        {
            throw new FormatException($"the PDF has no object {number}");
        }

        return text[(start + header.Length)..end].Trim();
    }

    private static Regex Reference(string key) => new($@"/{key} (\d+)", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();

    [GeneratedRegex(@"^[A-Za-z0-9-]+$")]
    private static partial Regex LanguageTag();

    [GeneratedRegex(@"\s*/Lang\s*(\([^)]*\)|<[0-9A-Fa-f]*>)")]
    private static partial Regex LangEntry();

    [GeneratedRegex(@"\s*/PageMode\s*/\w+")]
    private static partial Regex PageModeEntry();

    /// <summary>The text of Chromium's Producer entry when it is a literal string, as Skia writes it; null otherwise.</summary>
    private static string? ProducerText(Match? producer) =>
        producer?.Groups[1].Value is ['(', .., ')'] literal ? literal[1..^1] : null;

    [GeneratedRegex(@"\s*/Metadata\s*\d+\s+\d+\s+R")]
    private static partial Regex MetadataEntry();

    [GeneratedRegex(@"/Producer\s*(\([^)]*\)|<[0-9A-Fa-f]*>)")]
    private static partial Regex ProducerEntry();
}
