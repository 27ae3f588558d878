using KzEdition.Model;
using AngleSharp.Dom;
using KzEdition.Indexing;
using KzEdition.Site;
using KzEdition.Text;

namespace KzEdition.Tests.Markdown.Oracles;

/// <summary>Test-only copy of the linking of the AngleSharp step <c>Modules/LinkIndexTerms</c>: first mentions of index entries made cross-links.</summary>
public static class LinkIndexTermsOracle
{
    public static string Apply(string bodyHtml, EditionIndex? index, string root, string lang)
    {
        if (index is null || index.Mentions.IsEmpty)
        {
            return bodyHtml;
        }

        var document = RunningTextOracle.Parse(bodyHtml);
        var linked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in RunningTextOracle.Nodes(document))
        {
            var matches = index.Mentions.Matches(text.Data, lang).Where(m => linked.Add(m.Entry)).ToList();
            if (matches.Count > 0)
            {
                RunningTextOracle.Wrap(document, text, matches.Select(m => (m.Start, m.Length)), (mention, i) =>
                    LinkTo(document, index.Entry(matches[i].Entry), root, mention, matches[i].Stem));
            }
        }

        return document.Body!.InnerHtml;
    }

    private static IElement LinkTo(IDocument document, IndexEntry entry, string root, string mention, int stem)
    {
        var link = document.CreateElement("a");
        link.ClassName = "term";
        link.SetAttribute("href", root + SitePaths.IndexEntry(entry.Type, entry.Id));
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
}
