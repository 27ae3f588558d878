using System.Collections.Immutable;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KzEdition.Engine.Memo;
using KzEdition.Indexing;
using KzEdition.Model;
using KzEdition.Site;
using KzEdition.Text;

namespace KzEdition.Markdown;

/// <summary>
/// An article's text parsed once, from which every HTML of it is rendered: the site's page body
/// (with index cross-links), and the print edition's body; and its numbered paragraphs for the
/// indices and search. (Interim: renders through HTML passes, to be replaced by Markdig extensions.)
/// </summary>
public sealed class ArticleBody : IFingerprinted
{
    private static readonly HtmlParser Parser = new();

    private readonly string _html;
    private readonly Fingerprint _fingerprint;

    private ArticleBody(string html, ImmutableArray<NumberedParagraph> paragraphs, Fingerprint fingerprint)
    {
        _html = html;
        Paragraphs = paragraphs;
        _fingerprint = fingerprint;
    }

    public ImmutableArray<NumberedParagraph> Paragraphs { get; }

    public Fingerprint GetFingerprint() => _fingerprint;

    public static ArticleBody Parse(string markdown, Article article)
    {
        var html = Markdig.Markdown.ToHtml(markdown, MarkdownPipelineFactory.Shared);
        var document = Parse(html);
        var body = document.Body!;
        var number = 0;
        var paragraphs = ImmutableArray.CreateBuilder<NumberedParagraph>();
        foreach (var paragraph in body.Children.Where(e => e.LocalName == "p").ToList())
        {
            number++;
            var id = $"p{number}";
            paragraphs.Add(new NumberedParagraph(number, paragraph.TextContent));
            paragraph.Id = id;
            var mark = document.CreateElement("a");
            mark.ClassName = "pnum";
            mark.SetAttribute("href", "#" + id);
            mark.SetAttribute("title", $"¶ {number}");
            mark.TextContent = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            paragraph.Prepend(mark, document.CreateTextNode(" "));
        }

        html = LinkCitations(body.InnerHtml, article);
        var noList = article.Notes.Any(n => n.Kind == "no-references");
        return new ArticleBody(html, paragraphs.ToImmutable(), new FingerprintBuilder().Add(markdown).Add(article.References.Length).Add(noList ? 1 : 0).Build());
    }

    /// <summary>The body with the first mention of each indexed entry linked to it, for a page at <paramref name="destination"/>.</summary>
    public string RenderHtml(IndexLinks? links, string destination, string lang)
    {
        if (links is null || links.IsEmpty)
        {
            return _html;
        }

        var root = SitePaths.RootPrefix(destination);
        var document = Parse(_html);
        var linked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in Nodes(document))
        {
            var matches = links.Matches(text.Data, lang).Where(m => linked.Add(m.Entry)).ToList();
            if (matches.Count > 0)
            {
                Wrap(document, text, matches.Select(m => (m.Start, m.Length)), (mention, i) =>
                    LinkTo(document, links.Entry(matches[i].Entry), root, mention, matches[i].Stem));
            }
        }

        return document.Body!.InnerHtml;
    }

    /// <summary>The body for the print edition: ids in the article's own space, links out of it unwrapped.</summary>
    public string RenderPrintHtml(string prefix) => Printing.PrintBody.Rewrite(_html, prefix);

    private static string LinkCitations(string html, Article article)
    {
        var noList = article.Notes.Any(n => n.Kind == "no-references");
        if (article.References.IsEmpty && !noList)
        {
            return html;
        }

        var document = Parse(html);
        foreach (var text in Nodes(document))
        {
            var markers = CitationMarkers.Pattern().Matches(text.Data);
            if (markers.Count > 0)
            {
                Wrap(document, text, markers.Select(m => (m.Index, m.Length)), (marker, _) =>
                {
                    var number = CitationMarkers.FirstNumber(marker);
                    var link = document.CreateElement("a");
                    link.ClassName = "citation";
                    link.SetAttribute("href", number >= 1 && number <= article.References.Length ? $"#ref-{number}" : noList ? "#no-references" : $"#ref-{article.References.Length}");
                    link.TextContent = marker;
                    return link;
                });
            }
        }

        return document.Body!.InnerHtml;
    }

    private static IElement LinkTo(IDocument document, IndexEntry entry, string root, string mention, int stem)
    {
        var link = document.CreateElement("a");
        link.ClassName = "term";
        link.SetAttribute("href", root + SitePaths.IndexEntry(entry));
        if (Expansion(entry, mention[..stem]) is { } expansion)
        {
            var abbreviation = document.CreateElement("abbr");
            abbreviation.SetAttribute("title", expansion);
            abbreviation.TextContent = mention[..stem];
            link.AppendChild(abbreviation);
            if (stem < mention.Length)
            {
                link.AppendChild(document.CreateTextNode(mention[stem..]));
            }
        }
        else
        {
            link.TextContent = mention;
        }

        return link;
    }

    private static string? Expansion(IndexEntry entry, string mention)
    {
        if (!WordTokens.IsCapitals(mention))
        {
            return null;
        }

        return entry.Type == TermType.Acronym ? entry.Expansion
            : entry.Acronyms.Any(a => WordTokens.KeyOf(a) == WordTokens.KeyOf(mention)) ? entry.Name : null;
    }

    internal static IDocument Parse(string bodyHtml) => Parser.ParseDocument("<!DOCTYPE html><html><body>" + bodyHtml + "</body></html>");

    private static List<IText> Nodes(IDocument document) =>
        [.. document.Body!.GetDescendants().OfType<IText>().Where(t => t.ParentElement?.Closest("a, abbr, code, h1, h2, h3, h4, h5, h6") is null)];

    private static void Wrap(IDocument document, IText text, IEnumerable<(int Start, int Length)> spans, Func<string, int, IElement> make)
    {
        var parent = text.Parent!;
        var position = 0;
        var index = 0;
        foreach (var (start, length) in spans)
        {
            parent.InsertBefore(document.CreateTextNode(text.Data[position..start]), text);
            parent.InsertBefore(make(text.Data.Substring(start, length), index++), text);
            position = start + length;
        }

        parent.InsertBefore(document.CreateTextNode(text.Data[position..]), text);
        parent.RemoveChild(text);
    }
}
