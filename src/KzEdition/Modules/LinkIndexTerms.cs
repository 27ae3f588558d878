using System.Collections.Immutable;
using AngleSharp.Dom;
using KzEdition.Building;
using KzEdition.Engine;
using KzEdition.Indexing;
using KzEdition.Model;
using KzEdition.Site;
using Document = KzEdition.Engine.Document;

namespace KzEdition.Modules;

/// <summary>
/// Links the first mention of each indexed person, organisation, place and acronym in an article
/// to its index entry; an acronym with a known expansion is also marked
/// <c>&lt;abbr title="expansion"&gt;</c>. Mentions in headings, links (citation markers among them),
/// code and existing abbreviations are left alone, and the text is unchanged: only elements are
/// added around words. Reads <see cref="Keys.Article"/>, the Indices pipeline's
/// <see cref="Keys.EditionIndex"/>; rewrites <see cref="Keys.BodyHtml"/>. Runs in PostProcess.
/// </summary>
/// <remarks>
/// In an incremental session (<paramref name="memo"/> given) a page is linked again only when it
/// changed, or when the index changed a link whose words occur in it: an edit that adds one
/// acronym to a thousand-article edition links again the pages that have its letters, not all
/// (<see cref="EditionIndex.LinkWordsApart"/>).
/// </remarks>
public sealed class LinkIndexTerms(MemoStore? memo = null) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var index = BuildEditionIndex.Of(context);
        if (index is null || index.Mentions.IsEmpty)
        {
            return Task.FromResult(inputs);
        }

        var results = new Document[inputs.Length];
        Parallel.For(0, inputs.Length, new ParallelOptions { CancellationToken = context.CancellationToken }, i =>
        {
            try
            {
                results[i] = Link(inputs[i], index);
            }
            catch (Exception ex) when (ex is not BuildException)
            {
                throw new DocumentException(inputs[i], ex);
            }
        });
        return Task.FromResult(ImmutableArray.Create(results));
    }

    private Document Link(Document input, EditionIndex index)
    {
        var body = input.Get<string>(Keys.BodyHtml);
        var key = memo is null ? null : new RefKey(input);
        if (key is not null && memo!.TryGet(key, out LastLink last)
            && (ReferenceEquals(last.Index, index) || !Text.WordSearch.AnyIn(last.SearchText, index.LinkWordsApart(last.Index))))
        {
            memo.Set(key, last with { Index = index });
            return last.Output; // the same page as last time, for the same input
        }

        var html = LinkedHtml(input, index);
        var output = input.With(Keys.BodyHtml, html).WithContent(html);
        memo?.Set(key!, new LastLink(index, output, Text.WordSearch.SearchText(body)));
        return output;
    }

    /// <summary>A page as last linked: with which index, the page, and its text as words are searched for in it.</summary>
    private sealed record LastLink(EditionIndex Index, Document Output, string SearchText);

    private static string LinkedHtml(Document input, EditionIndex index)
    {
        var article = input.Get<Article>(Keys.Article);
        var root = SitePaths.RootPrefix(input.Destination ?? SitePaths.ArticlePage(article.Slug));
        var document = RunningText.Parse(input.Get<string>(Keys.BodyHtml));
        var linked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in RunningText.Nodes(document))
        {
            var matches = index.Mentions.Matches(text.Data, article.Lang).Where(m => linked.Add(m.Entry)).ToList();
            if (matches.Count > 0)
            {
                RunningText.Wrap(document, text, matches.Select(m => (m.Start, m.Length)), (mention, i) =>
                    LinkTo(document, index.Entry(matches[i].Entry), root, mention, matches[i].Stem));
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
            // НАТО-ның: the abbreviation is НАТО, the ending stays outside it.
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

    /// <summary>What an acronym stands for: an acronym entry's expansion, or the name of the entry an acronym of it names.</summary>
    private static string? Expansion(IndexEntry entry, string mention)
    {
        if (!Text.WordTokens.IsCapitals(mention))
        {
            return null;
        }

        return entry.Type == TermType.Acronym ? entry.Expansion
            : entry.Acronyms.Any(a => Text.WordTokens.KeyOf(a) == Text.WordTokens.KeyOf(mention)) ? entry.Name : null;
    }
}
