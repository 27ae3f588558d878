using System.Collections.Immutable;
using KzEdition.Markdown.Extensions.CitationLinks;
using KzEdition.Markdown.Extensions.IndexLinks;
using KzEdition.Markdown.Extensions.ParagraphNumbers;
using KzEdition.Markdown.Extensions.StandardHtml;
using KzEdition.Markdown.Rendering;
using KzEdition.Model;
using Markdig;
using Markdig.Syntax;

namespace KzEdition.Markdown;

/// <summary>
/// An article's text parsed once: the Markdig syntax tree (body paragraphs numbered, citation
/// markers linked) and the numbered paragraphs' texts, from which every body the edition shows is
/// rendered (<see cref="RenderHtml"/>: the site's page with cross-links to the index, the Latin
/// page's, the print edition's).
/// </summary>
/// <remarks>
/// The tree is not changed after <see cref="Parse"/>: renderings may run at the same time, each
/// with a renderer of its own. Their HTML is the HTML standard's serialization, byte for byte
/// what the build made before by parsing Markdig's HTML again with AngleSharp.
/// </remarks>
public sealed class ArticleBody : Engine.Memo.IFingerprinted
{
    private readonly MarkdownPipeline _pipeline;
    private readonly Engine.Memo.Fingerprint _fingerprint;

    private ArticleBody(MarkdownPipeline pipeline, MarkdownDocument document, ImmutableArray<NumberedParagraph> paragraphs, Engine.Memo.Fingerprint fingerprint)
    {
        _pipeline = pipeline;
        _fingerprint = fingerprint;
        Document = document;
        Paragraphs = paragraphs;
    }

    /// <summary>The syntax tree: read it, do not change it.</summary>
    public MarkdownDocument Document { get; }

    /// <summary>The body paragraphs, their numbers and texts (as the DOM's <c>textContent</c>), for the indices and search.</summary>
    public ImmutableArray<NumberedParagraph> Paragraphs { get; }

    /// <summary>
    /// Parses an article's Markdown with the edition's pipeline (<see cref="MarkdownPipelineFactory"/>);
    /// <paramref name="citations"/>, when given, links its citation markers.
    /// </summary>
    public static ArticleBody Parse(string markdown, MarkdownPipeline pipeline, CitationFacts? citations = null)
    {
        RequireExtensions(pipeline);
        var document = Markdig.Markdown.Parse(markdown, pipeline, citations?.ToParserContext());
        var paragraphs = ImmutableArray.CreateBuilder<NumberedParagraph>();
        foreach (var block in document)
        {
            if (block is ParagraphBlock paragraph && ParagraphNumber.Of(paragraph) is { } number)
            {
                paragraphs.Add(new NumberedParagraph(number.Value, TextContent.Of(paragraph.Inline)));
            }
        }

        // The tree is fully made of the text and the citation facts (the pipeline is the build's one).
        var fingerprint = new Engine.Memo.FingerprintBuilder().Add(markdown).AddValue(citations).Build();
        return new ArticleBody(pipeline, document, paragraphs.ToImmutable(), fingerprint);
    }

    /// <summary>What the body is: its Markdown and citation facts, from which the tree is made.</summary>
    public Engine.Memo.Fingerprint GetFingerprint() => _fingerprint;

    /// <summary>The body's HTML for one rendering (<see cref="BodyRenderOptions"/>). Safe to call from several threads at once.</summary>
    public string RenderHtml(BodyRenderOptions options) => EditionHtmlRendererPool.Render(_pipeline, Document, options);

    private static void RequireExtensions(MarkdownPipeline pipeline)
    {
        if (!pipeline.Extensions.Contains<ParagraphNumberExtension>() || !pipeline.Extensions.Contains<CitationLinkExtension>()
            || !pipeline.Extensions.Contains<IndexLinkExtension>() || !pipeline.Extensions.Contains<StandardHtmlExtension>())
        {
            throw new ArgumentException("An article body needs the edition's pipeline (MarkdownPipelineFactory.Create): paragraph numbers, citation links, index links and standard HTML.", nameof(pipeline));
        }
    }
}
