using System.Collections.Immutable;
using KzEdition.Indexing;
using KzEdition.Markdown.Extensions.CitationLinks;
using KzEdition.Model;
using Markdig;

namespace KzEdition.Tests.Markdown.Oracles;

/// <summary>
/// An article body as the build made it before it was rendered from the syntax tree: Markdig's
/// HTML, parsed and written again by AngleSharp in each step (numbers, citation links; then the
/// site's cross-links or the print edition's ids). What <c>ArticleBody</c> must equal byte for byte.
/// </summary>
public sealed class OracleBody
{
    private OracleBody(string numberedAndCited, ImmutableArray<NumberedParagraph> paragraphs)
    {
        Html = numberedAndCited;
        Paragraphs = paragraphs;
    }

    /// <summary>The body with numbered paragraphs and citation links (the Articles pipeline's Process output).</summary>
    public string Html { get; }

    public ImmutableArray<NumberedParagraph> Paragraphs { get; }

    public static OracleBody Of(string markdown, MarkdownPipeline pipeline, CitationFacts? citations)
    {
        var html = Markdig.Markdown.ToHtml(markdown, pipeline);
        var (numbered, paragraphs) = NumberParagraphsOracle.Apply(html);
        var cited = citations is null ? numbered : LinkCitationsOracle.Apply(numbered, citations.ReferenceCount, citations.HasNoReferencesNote);
        return new OracleBody(cited, paragraphs);
    }

    /// <summary>The site's body: cross-linked to the index from a page at <paramref name="root"/>.</summary>
    public string Site(EditionIndex? index, string root, string lang) => LinkIndexTermsOracle.Apply(Html, index, root, lang);

    /// <summary>The print edition's body under <paramref name="prefix"/>.</summary>
    public string Print(string prefix) => PrintBodyOracle.Rewrite(Html, prefix);
}
